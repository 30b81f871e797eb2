using Microsoft.AspNetCore.Identity;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// DELETE /api/v1/staff/users/{userName} disables an account (kept, with its history, for the audit trail); POST
/// …/enable opens it again. Disabling ends the account's sessions and tokens at once (<see cref="ActiveAccountRequirement"/>).
/// Nobody disables their own account: an administrator could lock the office out.
/// </summary>
public static class SetStaffUserEnabled
{
    public sealed class Handler(UserManager<StaffUser> users, Audit audit, PortalDbContext db, TimeProvider clock, GetStaffUser.Handler get)
    {
        public async Task<Outcome<GetStaffUser.Result>> HandleAsync(string userName, bool enabled, string actor, CancellationToken cancellationToken)
        {
            if (await users.FindByNameAsync(userName.Trim()) is not { } user)
            {
                return Outcome<GetStaffUser.Result>.NotFound(string.Format(CoreText.StaffUserNotFound, userName));
            }
            if (!enabled && string.Equals(user.UserName, actor, StringComparison.Ordinal))
            {
                return Outcome<GetStaffUser.Result>.Conflict(CoreText.CannotDisableSelf);
            }
            if ((user.DisabledAt is null) != enabled)
            {
                user.DisabledAt = enabled ? null : clock.GetUtcNow().UtcDateTime;
                await users.UpdateSecurityStampAsync(user);
                audit.Record(actor, enabled ? "staff.enable" : "staff.disable", nameof(StaffUser), user.Id, new { userName = user.UserName });
                await db.SaveChangesAsync(cancellationToken);
            }
            return await get.HandleAsync(user.UserName!, cancellationToken);
        }
    }
}
