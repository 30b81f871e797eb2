using System.Globalization;

namespace Portal.Modules.Core.Localization;

/// <summary>
/// The portal's languages: Chinese first and by default, English second. Chinese is also the language of everything
/// the portal writes down (a report's progress notes, a default title, a deadline's title, mail to staff), whatever
/// language the request that caused it was read in, so a record reads the same to everyone who opens it later.
/// </summary>
public static class PortalCultures
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<CultureInfo> Supported { get; } = [Chinese, English];

    /// <summary>The cookie the header's language link sets (as ASP.NET Core's cookie provider reads it).</summary>
    public const string CookieName = "portal-lang";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>
    /// The <c>lang</c> of data (names, titles, what editors wrote) on a page in another language, so that a screen reader
    /// reads it in Chinese; null on Chinese pages, where Razor leaves the attribute out.
    /// </summary>
    public static string? DataLang => IsEnglish ? "zh-CN" : null;

    /// <summary>The <c>lang</c> of a value that may be data or the portal's own word: marked only when it is Chinese on a page that is not.</summary>
    public static string? DataLangOf(string? value) => IsEnglish && value is not null && HasChinese(value) ? "zh-CN" : null;

    public static bool HasChinese(string value) =>
        value.Any(c => c is >= '\u2E80' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF');

    /// <summary>The request's language as <c>lang</c> and <c>xml:lang</c> write it.</summary>
    public static string Current => CodeOf(CultureInfo.CurrentUICulture);

    /// <summary>The code of a supported culture, for links, the cookie and <c>lang</c>.</summary>
    public static string CodeOf(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? "en" : "zh-CN";

    /// <summary>
    /// Chinese for every thread that has not chosen otherwise, whatever the machine's locale: jobs, start-up and
    /// anything outside a request. Requests choose per request.
    /// </summary>
    public static void UseChineseByDefault()
    {
        CultureInfo.DefaultThreadCurrentCulture = Chinese;
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
        UseChinese();
    }

    /// <summary>Chinese for the rest of this flow of work (inside an async method: until it returns).</summary>
    public static void UseChinese()
    {
        CultureInfo.CurrentCulture = Chinese;
        CultureInfo.CurrentUICulture = Chinese;
    }

    /// <summary>Composes text that becomes part of a record in Chinese, then returns to the request's language.</summary>
    public static T InChinese<T>(Func<T> compose) => In(Chinese, compose);

    /// <summary>Composes text in one reader's language (a subscriber's mail), then returns to the current one.</summary>
    public static T In<T>(CultureInfo language, Func<T> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = language;
        CultureInfo.CurrentUICulture = language;
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>A supported culture from its code (<see cref="CodeOf"/>); Chinese for anything else.</summary>
    public static CultureInfo FromCode(string? code) => code == "en" ? English : Chinese;
}
