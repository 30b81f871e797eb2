using Microsoft.AspNetCore.Identity;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// POST /api/v1/staff/users/{userName}/reset-two-factor: a member lost their phone. The old authenticator key and
/// recovery codes stop working, the account's sessions end, and at the next sign-in the member enrols a new
/// authenticator before anything else.
/// </summary>
public static class ResetStaffTwoFactor
{
    public sealed class Handler(UserManager<StaffUser> users, Audit audit, PortalDbContext db, GetStaffUser.Handler get)
    {
        public async Task<Outcome<GetStaffUser.Result>> HandleAsync(string userName, string actor, CancellationToken cancellationToken)
        {
            if (await users.FindByNameAsync(userName.Trim()) is not { } user)
            {
                return Outcome<GetStaffUser.Result>.NotFound(string.Format(CoreText.StaffUserNotFound, userName));
            }
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            user.TotpLastStep = null;
            await users.UpdateSecurityStampAsync(user);
            audit.Record(actor, "staff.reset-two-factor", nameof(StaffUser), user.Id, new { userName = user.UserName });
            await db.SaveChangesAsync(cancellationToken);
            return await get.HandleAsync(user.UserName!, cancellationToken);
        }
    }
}
