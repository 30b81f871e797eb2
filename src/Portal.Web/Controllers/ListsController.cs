using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Controllers;

/// <summary>The reporting entry. Until the reports module lands it tells people how to report today.</summary>
public sealed class ListsController : Controller
{
    [HttpGet("/report")]
    public IActionResult Report() => View();
}
