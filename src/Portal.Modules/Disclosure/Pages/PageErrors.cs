using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>The errors a public page shows: the use case's, and filter values that did not even bind (year=abc), keyed like the API's.</summary>
public static class PageErrors
{
    public static Dictionary<string, string[]> Collect(IReadOnlyDictionary<string, string[]>? fromUseCase, ModelStateDictionary modelState)
    {
        var errors = new Dictionary<string, string[]>(fromUseCase ?? new Dictionary<string, string[]>(), StringComparer.Ordinal);
        foreach (var (key, entry) in modelState.Where(e => e.Value?.Errors.Count > 0))
        {
            errors[key.Length > 0 ? char.ToLowerInvariant(key[0]) + key[1..] : key] = entry!.Errors.Select(e => e.ErrorMessage).ToArray();
        }
        return errors;
    }
}
