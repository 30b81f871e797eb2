using Microsoft.AspNetCore.Identity;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// POST /api/v1/staff/me/password: a member changes their own password, giving the current one. Their other sessions
/// and tokens end (Identity changes the account's security stamp).
/// </summary>
public static class ChangeOwnPassword
{
    public sealed record Command(string? CurrentPassword, string? NewPassword);

    public sealed record Result(string UserName, bool Changed);

    public sealed class Handler(UserManager<StaffUser> users, Audit audit, PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, Command command, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors()
                .Require("currentPassword", command.CurrentPassword, CoreText.CurrentPassword)
                .Require("newPassword", command.NewPassword, CoreText.NewPassword);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var user = (await users.FindByIdAsync(actor.UserId))!;
            if (!await users.CheckPasswordAsync(user, command.CurrentPassword!))
            {
                return Outcome<Result>.Invalid(errors.Add("currentPassword", CoreText.CurrentPasswordWrong));
            }
            var changed = await users.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!);
            if (!changed.Succeeded)
            {
                foreach (var error in changed.Errors)
                {
                    errors.Add("newPassword", error.Description);
                }
                return Outcome<Result>.Invalid(errors);
            }
            audit.Record(actor.UserName, "staff.change-password", nameof(StaffUser), user.Id, new { userName = user.UserName });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(user.UserName!, true));
        }
    }
}
