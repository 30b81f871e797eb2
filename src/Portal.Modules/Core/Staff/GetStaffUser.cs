using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>GET /api/v1/staff/users/{userName}: one account as an administrator manages it.</summary>
public static class GetStaffUser
{
    public sealed record Result(
        string UserName, string? Email, IReadOnlyList<string> Roles, int UnitId, string UnitName, string RegionCode, string Department,
        bool TwoFactorEnabled, bool HeldBack, bool Disabled, DateTime? DisabledAt, DateTime CreatedAt);

    public sealed class Handler(UserManager<StaffUser> users, PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(string userName, CancellationToken cancellationToken)
        {
            if (await users.FindByNameAsync(userName.Trim()) is not { } user)
            {
                return Outcome<Result>.NotFound(string.Format(CoreText.StaffUserNotFound, userName));
            }
            var unit = await db.DepartmentUnits.AsNoTracking().FirstAsync(u => u.Id == user.UnitId, cancellationToken);
            return Outcome<Result>.Ok(new Result(user.UserName!, user.Email, [.. await users.GetRolesAsync(user)], unit.Id, unit.Name, unit.RegionCode, unit.KindCode,
                user.TwoFactorEnabled, await users.IsLockedOutAsync(user), user.DisabledAt is not null, user.DisabledAt, user.CreatedAt));
        }
    }
}
