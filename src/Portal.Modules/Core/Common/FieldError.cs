using System.Net;
using Microsoft.AspNetCore.Html;

namespace Portal.Modules.Core.Common;

/// <summary>The message next to a form field, marked with the field's API name so pages and tests find it the same way.</summary>
public static class FieldError
{
    public static IHtmlContent For(IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages)
            ? new HtmlString($"<span class=\"field-error\" id=\"e-{WebUtility.HtmlEncode(field)}\" data-field=\"{WebUtility.HtmlEncode(field)}\">{WebUtility.HtmlEncode(string.Join(" ", messages))}</span>")
            : HtmlString.Empty;
}
