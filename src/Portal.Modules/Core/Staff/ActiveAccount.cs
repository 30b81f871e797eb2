using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// Every permission asks that the account still exists, is not disabled and has not changed what it is since the sign-in
/// (its security stamp: a disabled account, a reset second factor, a new role or password all change it). So a cookie
/// or a bearer token stops working on the next request, not when it expires; people who can read reporters' names
/// must not keep that access for hours after it was taken away.
/// </summary>
public sealed class ActiveAccountRequirement : IAuthorizationRequirement;

public sealed class ActiveAccountHandler(PortalDbContext db, IOptions<IdentityOptions> identity) : AuthorizationHandler<ActiveAccountRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveAccountRequirement requirement)
    {
        var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return;
        }
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.DisabledAt }).FirstOrDefaultAsync();
        if (account is { DisabledAt: null } && account.SecurityStamp == stamp)
        {
            context.Succeed(requirement);
        }
    }
}
