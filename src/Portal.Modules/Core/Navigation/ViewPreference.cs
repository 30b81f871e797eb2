using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Modules.Core.Navigation;

/// <summary>
/// 长者模式: larger text and higher contrast, as Chinese government sites offer it (适老化改造), chosen by a link and
/// remembered in a cookie, so it works without script. Cached public pages vary by it.
/// </summary>
public static class ViewPreference
{
    public const string CookieName = "portal-view";
    public const string Elder = "elder";

    public static bool IsElder(HttpContext context) => context.Request.Cookies[CookieName] == Elder;

    /// <summary>The value cached pages vary by: the page drawn for one mode is never served in the other.</summary>
    public static KeyValuePair<string, string> CacheKey(HttpContext context) => new(CookieName, IsElder(context) ? Elder : "standard");
}

/// <summary>The header's 长者模式 / 标准模式 link: sets or clears the cookie and goes back to the page it came from.</summary>
[Route("view")]
public sealed class ViewPreferenceController : Controller
{
    [HttpGet("{mode}")]
    public IActionResult Set(string mode, [FromQuery(Name = "return")] string? returnTo)
    {
        if (mode == ViewPreference.Elder)
        {
            Response.Cookies.Append(ViewPreference.CookieName, ViewPreference.Elder, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true,
            });
        }
        else
        {
            Response.Cookies.Delete(ViewPreference.CookieName);
        }
        return LocalRedirect(LocalReturn.Path(returnTo));
    }
}
