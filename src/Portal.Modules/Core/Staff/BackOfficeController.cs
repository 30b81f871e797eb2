using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// Base of every back-office page: signed-in staff with a second factor only. Whoever signed in without one (every
/// permission requires it) is sent to enrol an authenticator before anything else (CoreModule's access-denied answer).
/// </summary>
[Authorize(Policy = Permissions.EnterBackOffice)]
[AutoValidateAntiforgeryToken]
public abstract class BackOfficeController : Controller;

[Route("backoffice")]
public sealed class BackOfficeHomeController(StaffScope staff) : BackOfficeController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("~/Views/BackOffice/Index.cshtml", await staff.RequireAsync(cancellationToken));
}
