using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Staff;

[Route("api/v1")]
public sealed class StaffApiController : PortalApiController
{
    [HttpPost("auth/token")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.SignIn)]
    [Returns<IssueToken.Result>]
    public async Task<IActionResult> Token([FromBody] IssueToken.Command command, [FromServices] IssueToken.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(command, cancellationToken));

    [HttpPost("staff/users")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<CreateStaffUser.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CreateUser([FromBody] CreateStaffUser.Command command, [FromServices] CreateStaffUser.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, User.Identity!.Name!, cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/staff/users/{r.Id}" : null);
    }

    [HttpPost("staff/users/{userName}/unlock")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<UnlockStaffUser.Result>]
    public async Task<IActionResult> Unlock(string userName, [FromServices] UnlockStaffUser.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(userName, User.Identity!.Name!, cancellationToken));

    [HttpGet("staff/users/{userName}")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<GetStaffUser.Result>]
    public async Task<IActionResult> GetUser(string userName, [FromServices] GetStaffUser.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(userName, cancellationToken));

    [HttpPut("staff/users/{userName}")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<GetStaffUser.Result>]
    public async Task<IActionResult> UpdateUser(string userName, [FromBody] UpdateStaffUser.Command command, [FromServices] UpdateStaffUser.Handler handler,
        CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(userName, command, User.Identity!.Name!, cancellationToken));

    [HttpDelete("staff/users/{userName}")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<GetStaffUser.Result>]
    public async Task<IActionResult> DisableUser(string userName, [FromServices] SetStaffUserEnabled.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(userName, enabled: false, User.Identity!.Name!, cancellationToken));

    [HttpPost("staff/users/{userName}/enable")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<GetStaffUser.Result>]
    public async Task<IActionResult> EnableUser(string userName, [FromServices] SetStaffUserEnabled.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(userName, enabled: true, User.Identity!.Name!, cancellationToken));

    [HttpPost("staff/users/{userName}/reset-two-factor")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<GetStaffUser.Result>]
    public async Task<IActionResult> ResetTwoFactor(string userName, [FromServices] ResetStaffTwoFactor.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(userName, User.Identity!.Name!, cancellationToken));

    [HttpPost("staff/me/password")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<ChangeOwnPassword.Result>]
    public async Task<IActionResult> ChangePassword([FromBody] ChangeOwnPassword.Command command, [FromServices] ChangeOwnPassword.Handler handler,
        [FromServices] StaffScope staff, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(await staff.RequireAsync(cancellationToken), command, cancellationToken));

    [HttpPost("auth/password-reset")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.SignIn)]
    [Returns<RequestPasswordReset.Result>]
    public async Task<IActionResult> RequestPasswordReset([FromBody] RequestPasswordReset.Command command, [FromServices] RequestPasswordReset.Handler handler,
        CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(command, $"{Request.Scheme}://{Request.Host}", "self", cancellationToken));

    [HttpPost("auth/password-reset/confirm")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.SignIn)]
    [Returns<ResetPassword.Result>]
    public async Task<IActionResult> ResetPassword([FromBody] ResetPassword.Command command, [FromServices] ResetPassword.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(command, cancellationToken));

    [HttpPost("staff/users/{userName}/password-reset")]
    [Authorize(Policy = Permissions.ManageStaff)]
    [Returns<RequestPasswordReset.Result>]
    public async Task<IActionResult> SendPasswordReset(string userName, [FromServices] GetStaffUser.Handler accounts, [FromServices] RequestPasswordReset.Handler handler,
        CancellationToken cancellationToken)
    {
        var account = await accounts.HandleAsync(userName, cancellationToken);
        return account.Succeeded
            ? Respond(await handler.HandleAsync(new RequestPasswordReset.Command(account.Value!.UserName), $"{Request.Scheme}://{Request.Host}", User.Identity!.Name!, cancellationToken))
            : Respond(account);
    }
}
