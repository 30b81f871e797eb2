using Microsoft.AspNetCore.Identity;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// POST /api/v1/staff/users/{userName}/unlock: an administrator releases an account held back after failed sign-ins,
/// for the member who is at the door now (the delay would have passed by itself within 15 minutes at most).
/// </summary>
public static class UnlockStaffUser
{
    public sealed record Result(string UserName, int FailedAttempts, bool HeldBack);

    public sealed class Handler(UserManager<StaffUser> users, PasswordCheck passwords, Audit audit, PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(string userName, string actor, CancellationToken cancellationToken)
        {
            if (await users.FindByNameAsync(userName.Trim()) is not { } user)
            {
                return Outcome<Result>.NotFound(string.Format(CoreText.StaffUserNotFound, userName));
            }
            await passwords.ClearAsync(user);
            audit.Record(actor, "staff.unlock", nameof(StaffUser), user.Id, new { userName = user.UserName });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(user.UserName!, user.AccessFailedCount, await users.IsLockedOutAsync(user)));
        }
    }
}
