using System.Text;
using System.Text.Json;

namespace Portal.Modules.Core.Common;

/// <summary>Enums travel as kebab-case wire values (docs/api.md: `natural-resources`, `forced-exit`); this maps both ways.</summary>
public static class WireValue
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? wire, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(wire))
        {
            return false;
        }
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), wire.Trim(), StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    public static string List<T>() where T : struct, Enum =>
        new StringBuilder().AppendJoin(CoreText.ListSeparator, Enum.GetValues<T>().Select(Of)).ToString();
}
