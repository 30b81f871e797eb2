using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Modules.Core.Common;

/// <summary>
/// Field errors keyed as the API names its fields (<c>indicators[0].measured</c>), wherever they come from: a use
/// case's validation or values model binding could not read, so a form shows both beside the same field.
/// </summary>
public static class FieldErrors
{
    /// <summary>"$.equipment[0].capacity" or "Equipment[0].Capacity" → "equipment[0].capacity", the wire name.</summary>
    public static string NameOf(string key)
    {
        var trimmed = key.TrimStart('$').TrimStart('.');
        if (trimmed.StartsWith("command.", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("body.", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[(trimmed.IndexOf('.') + 1)..];
        }
        return string.Join('.', trimmed.Split('.').Select(part => part.Length > 0 ? char.ToLowerInvariant(part[0]) + part[1..] : part));
    }

    /// <summary>What model binding could not read, by field.</summary>
    public static Dictionary<string, string[]> Of(ModelStateDictionary modelState) =>
        modelState.Where(e => e.Value?.Errors.Count > 0)
            .GroupBy(e => NameOf(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage)).ToArray(), StringComparer.Ordinal);

    /// <summary>Both sets of errors; where both name a field, the second's messages for it win.</summary>
    public static Dictionary<string, string[]> Merge(IReadOnlyDictionary<string, string[]>? first, IReadOnlyDictionary<string, string[]>? second)
    {
        var errors = new Dictionary<string, string[]>(first ?? new Dictionary<string, string[]>(), StringComparer.Ordinal);
        foreach (var (field, messages) in second ?? new Dictionary<string, string[]>())
        {
            errors[field] = messages;
        }
        return errors;
    }
}
