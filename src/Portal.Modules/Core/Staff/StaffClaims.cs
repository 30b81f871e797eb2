using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// Puts the account's department unit into its sign-in, so scoping a request needs no extra look-up of the user, and
/// marks a sign-in of an account that has its second factor: every permission requires that mark.
/// </summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string UnitClaim = "portal:unit";

    /// <summary>Present when the account has an authenticator: staff who can see reports all sign in with two factors.</summary>
    public const string TwoFactorClaim = "portal:2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UnitClaim, user.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "on"));
        }
        return identity;
    }
}
