using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Portal.Modules.Core.Localization;

/// <summary>
/// The portal's words with data in them (a name, a reason an editor wrote): on a page in another language each piece of
/// Chinese data is marked <c>lang="zh-CN"</c>, so that a screen reader reads it in Chinese (WCAG 2.1 3.1.2).
/// </summary>
public static class DataHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>One piece of data, marked when the page is not in Chinese and the data is.</summary>
    public static IHtmlContent Of(string? value) => new HtmlString(Encode(value));

    /// <summary>A text of the portal with its placeholders filled by data.</summary>
    public static IHtmlContent Format(string format, params object?[] values) =>
        new HtmlString(string.Format(new Formatter(), Encoder.Encode(format), values));

    private static string Encode(string? value) =>
        value is null ? "" : PortalCultures.DataLangOf(value) is { } lang
            ? $"<span lang=\"{lang}\">{Encoder.Encode(value)}</span>"
            : Encoder.Encode(value);

    private sealed class Formatter : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) =>
            Encode(arg is IFormattable formattable ? formattable.ToString(format, CultureInfo.CurrentCulture) : arg?.ToString());
    }
}
