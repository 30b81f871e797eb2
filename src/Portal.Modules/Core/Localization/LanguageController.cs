using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Navigation;

namespace Portal.Modules.Core.Localization;

/// <summary>
/// The header's 中文 / English link: remembers the choice in a cookie (no script needed) and goes back to the page it
/// came from. Without a choice, the browser's Accept-Language decides, and Chinese when it names neither.
/// </summary>
[Route("language")]
public sealed class LanguageController : Controller
{
    [HttpGet("{code}")]
    public IActionResult Set(string code, [FromQuery(Name = "return")] string? returnTo)
    {
        var culture = PortalCultures.Supported.FirstOrDefault(c => string.Equals(PortalCultures.CodeOf(c), code, StringComparison.OrdinalIgnoreCase));
        if (culture is null)
        {
            return NotFound();
        }
        Response.Cookies.Append(PortalCultures.CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true,
        });
        return LocalRedirect(LocalReturn.Path(returnTo));
    }
}
