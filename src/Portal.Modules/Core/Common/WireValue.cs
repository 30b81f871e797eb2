using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace Portal.Modules.Core.Common;

/// <summary>Enums travel as kebab-case wire values (docs/api.md: `natural-resources`, `forced-exit`); this maps both ways.</summary>
public static class WireValue
{
    public static string Of<T>(T value) where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var wire) ? wire : Convert(value);

    public static bool TryParse<T>(string? wire, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(wire) && Names<T>.ByWire.TryGetValue(wire.Trim(), out value);
    }

    public static string List<T>() where T : struct, Enum =>
        new StringBuilder().AppendJoin(CoreText.ListSeparator, Enum.GetValues<T>().Select(Of)).ToString();

    private static string Convert<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>
    /// Worked out once per enum: every item of a public list names its list, stage, status and level, and converting
    /// the name each time was a measurable part of answering a page.
    /// </summary>
    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, Convert);

        // The first member of a name wins, as the search over the members in declaration order did before.
        public static readonly FrozenDictionary<string, T> ByWire = Enum.GetValues<T>()
            .GroupBy(v => ByValue[v], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
