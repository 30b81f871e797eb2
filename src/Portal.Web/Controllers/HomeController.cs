using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Enterprises;

namespace Portal.Web.Controllers;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index([FromServices] CountEnterprises.Handler counts, CancellationToken cancellationToken) =>
        View(await counts.HandleAsync(cancellationToken));
}
