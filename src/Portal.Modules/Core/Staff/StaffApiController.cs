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
    public async Task<IActionResult> Token([FromBody] IssueToken.Command command, [FromServices] IssueToken.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(command, cancellationToken));

    [HttpPost("staff/users")]
    [Authorize(Policy = Permissions.ManageStaff)]
    public async Task<IActionResult> CreateUser([FromBody] CreateStaffUser.Command command, [FromServices] CreateStaffUser.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, User.Identity!.Name!, cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/staff/users/{r.Id}" : null);
    }

    [HttpPost("staff/users/{userName}/unlock")]
    [Authorize(Policy = Permissions.ManageStaff)]
    public async Task<IActionResult> Unlock(string userName, [FromServices] UnlockStaffUser.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(userName, User.Identity!.Name!, cancellationToken));
}
