using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// POST /api/v1/staff/users: an administrator opens an account for a member of a department unit. With
/// <c>authenticatorKey</c> (Base32) the account has its second factor at once, as a department system provisioning
/// accounts by script needs; without it the member enrols an authenticator at first sign-in.
/// </summary>
public static partial class CreateStaffUser
{
    public sealed record Command(string? UserName, string? Password, string? Email, string? Role, string? RegionCode, string? Department, string? AuthenticatorKey = null);

    public sealed record Result(string Id, string UserName, string Email, string Role, int UnitId, string UnitName, string RegionCode, string Department, bool TwoFactorEnabled);

    public sealed partial class Validator(StaffPlacement placement, UserManager<StaffUser> users)
    {
        public async Task<(ValidationErrors Errors, DepartmentUnit? Unit)> ValidateAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            if (string.IsNullOrWhiteSpace(command.UserName))
            {
                errors.Add("userName", string.Format(CoreText.FieldRequired, CoreText.UserName));
            }
            else if (!UserNamePattern().IsMatch(command.UserName.Trim()))
            {
                errors.Add("userName", CoreText.UserNameFormat);
            }
            if (string.IsNullOrEmpty(command.Password))
            {
                errors.Add("password", string.Format(CoreText.FieldRequired, CoreText.Password));
            }
            else
            {
                foreach (var validator in users.PasswordValidators)
                {
                    var result = await validator.ValidateAsync(users, new StaffUser { UserName = command.UserName }, command.Password);
                    foreach (var error in result.Errors)
                    {
                        errors.Add("password", error.Description);
                    }
                }
            }
            if (string.IsNullOrWhiteSpace(command.Email))
            {
                errors.Add("email", string.Format(CoreText.FieldRequired, CoreText.Email));
            }
            else if (!EmailPattern().IsMatch(command.Email.Trim()))
            {
                errors.Add("email", string.Format(CoreText.EmailFormat, command.Email));
            }
            if (!string.IsNullOrWhiteSpace(command.AuthenticatorKey) && AuthenticatorKeys.Normalize(command.AuthenticatorKey) is null)
            {
                errors.Add("authenticatorKey", CoreText.AuthenticatorKeyFormat);
            }
            var unit = await placement.CheckAsync(command.Role, command.RegionCode, command.Department, errors, cancellationToken);
            return (errors, unit);
        }

        [GeneratedRegex(@"^[A-Za-z0-9._\-]{3,64}$")]
        private static partial Regex UserNamePattern();

        [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
        internal static partial Regex EmailPattern();
    }

    public sealed class Handler(UserManager<StaffUser> users, Validator validator, Audit audit, PortalDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, string actor, CancellationToken cancellationToken)
        {
            var (errors, unit) = await validator.ValidateAsync(command, cancellationToken);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var userName = command.UserName!.Trim();
            if (await users.FindByNameAsync(userName) is not null)
            {
                return Outcome<Result>.Conflict(string.Format(CoreText.UserNameTaken, userName));
            }
            var user = new StaffUser
            {
                UserName = userName,
                Email = command.Email!.Trim(),
                EmailConfirmed = true,
                UnitId = unit!.Id,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = await users.CreateAsync(user, command.Password!);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName", error.Description);
                }
                return Outcome<Result>.Invalid(errors);
            }
            var role = command.Role!.Trim();
            await users.AddToRoleAsync(user, role);
            if (AuthenticatorKeys.Normalize(command.AuthenticatorKey) is { } key)
            {
                await AuthenticatorKeys.ProvisionAsync(users, user, key);
            }
            audit.Record(actor, "staff.create", nameof(StaffUser), user.Id, new { userName, role, unit = unit.Name });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome<Result>.Created(new Result(user.Id, userName, user.Email, role, unit.Id, unit.Name, unit.RegionCode, unit.KindCode, user.TwoFactorEnabled));
        }
    }
}
