using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// Base of every back-office page: signed-in staff only, and an administrator who has not yet turned on
/// two-factor sign-in is sent to enrol before anything else.
/// </summary>
[Authorize(Policy = Permissions.EnterBackOffice)]
[AutoValidateAntiforgeryToken]
public abstract class BackOfficeController : Controller
{
    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (User.IsInRole(Roles.Admin))
        {
            var users = HttpContext.RequestServices.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.GetUserAsync(User);
            if (user is null || !await users.GetTwoFactorEnabledAsync(user))
            {
                context.Result = RedirectToAction(nameof(AccountController.Authenticator), "Account");
                return;
            }
        }
        await next();
    }
}

[Route("backoffice")]
public sealed class BackOfficeHomeController(StaffScope staff) : BackOfficeController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("~/Views/BackOffice/Index.cshtml", await staff.RequireAsync(cancellationToken));
}
