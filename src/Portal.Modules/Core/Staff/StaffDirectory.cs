using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>
/// The staff a module may write to: everyone with an e-mail address, with their unit, its region and their roles. Modules
/// ask here instead of reading the sign-in tables, which stay Core's.
/// </summary>
public sealed class StaffDirectory(PortalDbContext db)
{
    public sealed record Member(string UserId, string UserName, string Email, int UnitId, string RegionCode, IReadOnlySet<string> Roles);

    public async Task<IReadOnlyList<Member>> ReachableAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && u.Email != "")
            .Join(db.DepartmentUnits.AsNoTracking(), u => u.UnitId, unit => unit.Id, (u, unit) => new { u.Id, u.UserName, u.Email, u.UnitId, unit.RegionCode })
            .ToListAsync(cancellationToken);
        var roles = (await db.UserRoles.AsNoTracking()
                .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Name!).ToHashSet(StringComparer.Ordinal));
        return [.. users.Select(u => new Member(u.Id, u.UserName ?? u.Id, u.Email!, u.UnitId, u.RegionCode, roles.GetValueOrDefault(u.Id) ?? new HashSet<string>()))];
    }
}
