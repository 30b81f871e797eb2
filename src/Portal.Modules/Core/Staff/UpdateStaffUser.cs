using Microsoft.AspNetCore.Identity;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// PUT /api/v1/staff/users/{userName}: an administrator moves an account to another unit or role, or corrects its
/// e-mail. A new role or unit changes what the account may do, so its sessions and tokens end and it signs in again.
/// </summary>
public static class UpdateStaffUser
{
    public sealed record Command(string? Email, string? Role, string? RegionCode, string? Department);

    public sealed class Handler(UserManager<StaffUser> users, StaffPlacement placement, Audit audit, PortalDbContext db, GetStaffUser.Handler get)
    {
        public async Task<Outcome<GetStaffUser.Result>> HandleAsync(string userName, Command command, string actor, CancellationToken cancellationToken)
        {
            if (await users.FindByNameAsync(userName.Trim()) is not { } user)
            {
                return Outcome<GetStaffUser.Result>.NotFound(string.Format(CoreText.StaffUserNotFound, userName));
            }
            var errors = new ValidationErrors();
            if (string.IsNullOrWhiteSpace(command.Email))
            {
                errors.Add("email", string.Format(CoreText.FieldRequired, CoreText.Email));
            }
            else if (!CreateStaffUser.Validator.EmailPattern().IsMatch(command.Email.Trim()))
            {
                errors.Add("email", string.Format(CoreText.EmailFormat, command.Email));
            }
            var unit = await placement.CheckAsync(command.Role, command.RegionCode, command.Department, errors, cancellationToken);
            if (!errors.IsEmpty)
            {
                return Outcome<GetStaffUser.Result>.Invalid(errors);
            }
            var role = command.Role!.Trim();
            var before = new { email = user.Email, roles = await users.GetRolesAsync(user), unitId = user.UnitId };
            if (before.unitId == unit!.Id && before.roles.SequenceEqual([role]) && before.email == command.Email!.Trim())
            {
                return await get.HandleAsync(user.UserName!, cancellationToken);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            user.Email = command.Email!.Trim();
            user.UnitId = unit.Id;
            await users.RemoveFromRolesAsync(user, before.roles);
            await users.AddToRoleAsync(user, role);
            await users.UpdateSecurityStampAsync(user);
            audit.Record(actor, "staff.update", nameof(StaffUser), user.Id,
                new { userName = user.UserName, before, after = new { email = user.Email, roles = new[] { role }, unitId = unit.Id, unit = unit.Name } });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return await get.HandleAsync(user.UserName!, cancellationToken);
        }
    }
}
