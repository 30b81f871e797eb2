using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>The accounts an administrator manages, with their unit, role and whether two-factor is on.</summary>
public static class ListStaffUsers
{
    public sealed record Item(string UserName, string? Email, string UnitName, string RegionCode, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut, bool Disabled);

    public sealed class Handler(PortalDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var users = await db.Users.AsNoTracking()
                .Join(db.DepartmentUnits, u => u.UnitId, d => d.Id, (u, d) => new { u.Id, u.UserName, u.Email, u.TwoFactorEnabled, u.LockoutEnd, u.DisabledAt, d.Name, d.RegionCode })
                .ToListAsync(cancellationToken);
            var roles = (await db.UserRoles.AsNoTracking()
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                    .ToListAsync(cancellationToken))
                .ToLookup(r => r.UserId, r => r.Name!);
            return users
                .OrderBy(u => u.RegionCode, StringComparer.Ordinal).ThenBy(u => u.UserName, StringComparer.Ordinal)
                .Select(u => new Item(u.UserName!, u.Email, u.Name, u.RegionCode, roles[u.Id].ToList(), u.TwoFactorEnabled, u.LockoutEnd > now, u.DisabledAt != null))
                .ToList();
        }
    }
}
