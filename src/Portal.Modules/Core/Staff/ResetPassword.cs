using Microsoft.AspNetCore.Identity;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// The reset link's form (POST /api/v1/auth/password-reset/confirm and the page): a new password for the account the
/// link names. The link works once and for <see cref="RequestPasswordReset.LinkLifetime"/>: setting the password
/// changes the account's security stamp, which the link's token carries, and ends its other sessions.
/// </summary>
public static class ResetPassword
{
    public sealed record Command(string? UserName, string? Token, string? NewPassword);

    public sealed record Result(string UserName);

    public sealed class Handler(UserManager<StaffUser> users, PasswordCheck passwords, Audit audit, PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors().Require("newPassword", command.NewPassword, CoreText.NewPassword);
            if (string.IsNullOrWhiteSpace(command.UserName) || string.IsNullOrWhiteSpace(command.Token))
            {
                errors.Add("token", CoreText.ResetLinkInvalid);
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            if (await users.FindByNameAsync(command.UserName!.Trim()) is not { DisabledAt: null } user)
            {
                return Outcome<Result>.Invalid(errors.Add("token", CoreText.ResetLinkInvalid));
            }
            var reset = await users.ResetPasswordAsync(user, command.Token!.Trim(), command.NewPassword!);
            if (!reset.Succeeded)
            {
                foreach (var error in reset.Errors)
                {
                    if (error.Code == nameof(IdentityErrorDescriber.InvalidToken))
                    {
                        errors.Add("token", CoreText.ResetLinkInvalid);
                    }
                    else
                    {
                        errors.Add("newPassword", error.Description);
                    }
                }
                return Outcome<Result>.Invalid(errors);
            }
            await passwords.ClearAsync(user);
            audit.Record(user.UserName!, "staff.password-reset", nameof(StaffUser), user.Id, new { userName = user.UserName });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(user.UserName!));
        }
    }
}
