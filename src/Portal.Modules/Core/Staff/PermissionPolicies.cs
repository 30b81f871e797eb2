using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// Each module's permission as an authorization policy: one of the roles that hold it, and a sign-in that passed the
/// second factor (no permission accepts a password alone), by an account that is still active (<see cref="ActiveAccountRequirement"/>).
/// </summary>
public sealed class PermissionPolicies(PermissionCatalog catalog) : IConfigureOptions<AuthorizationOptions>
{
    public void Configure(AuthorizationOptions options)
    {
        foreach (var (permission, roles) in catalog.RolesGranting)
        {
            options.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireRole(roles).RequireClaim(StaffClaimsFactory.TwoFactorClaim)
                .AddRequirements(new ActiveAccountRequirement()));
        }
    }
}
