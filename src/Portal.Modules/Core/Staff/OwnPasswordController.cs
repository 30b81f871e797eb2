using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Staff;

/// <summary>A member changes their own password; this session stays signed in, every other one ends.</summary>
[Route("backoffice/password")]
[Authorize(Policy = Permissions.EnterBackOffice)]
public sealed class OwnPasswordController(StaffScope staff) : BackOfficeController
{
    public sealed record PasswordPage(bool Done, IReadOnlyDictionary<string, string[]> Errors);

    [HttpGet("")]
    public IActionResult Index(bool done) => View("~/Views/Account/ChangePassword.cshtml", new PasswordPage(done, new Dictionary<string, string[]>()));

    [HttpPost("")]
    public async Task<IActionResult> Change([FromForm] ChangeOwnPassword.Command command, [FromServices] ChangeOwnPassword.Handler handler,
        [FromServices] SignInManager<StaffUser> signIn, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var outcome = await handler.HandleAsync(actor, command, cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = outcome.Kind.HttpStatus();
            return View("~/Views/Account/ChangePassword.cshtml", new PasswordPage(false, outcome.Errors ?? new Dictionary<string, string[]>()));
        }
        // The new security stamp ends every session; this one is issued again, keeping how it signed in (with its second factor).
        if (await signIn.UserManager.FindByIdAsync(actor.UserId) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
        return Redirect("/backoffice/password?done=true");
    }
}
