using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Disclosure.Announcements;

namespace Portal.Web.Controllers;

public sealed class HomeController : Controller
{
    public sealed record HomePage(GetListSummary.Result Lists, CountEnterprises.Result Enterprises);

    [HttpGet("/")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    public async Task<IActionResult> Index([FromServices] GetListSummary.Handler lists, [FromServices] CountEnterprises.Handler counts, CancellationToken cancellationToken) =>
        View(new HomePage(await lists.HandleAsync(8, cancellationToken), await counts.HandleAsync(cancellationToken)));

    /// <summary>网站地图: every public page in one place, from the modules' own links.</summary>
    [HttpGet("/site-map")]
    public IActionResult SiteMap() => View();
}
