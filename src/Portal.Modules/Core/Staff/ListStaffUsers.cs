using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>The accounts an administrator manages, with their unit, role and whether two-factor is on.</summary>
public static class ListStaffUsers
{
    public sealed record Item(string UserName, string? Email, string UnitName, string RegionCode, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut, bool Disabled);

    /// <param name="Q">A part of the user name or e-mail.</param>
    /// <param name="RegionCode">Units of this region and below.</param>
    /// <param name="State"><c>active</c>, <c>disabled</c>, <c>held</c> (held back after failed sign-ins) or <c>no-two-factor</c>.</param>
    public sealed record Query(string? Q = null, string? Role = null, string? RegionCode = null, string? State = null);

    public static readonly IReadOnlyList<string> States = ["active", "disabled", "held", "no-two-factor"];

    public sealed class Handler(PortalDbContext db, TimeProvider clock, Regions.RegionDirectory regions)
    {
        /// <summary>Accounts are a few hundred in a province: filtered in memory, by the same rules the page shows.</summary>
        public async Task<IReadOnlyList<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var all = await HandleAsync(cancellationToken);
            var tree = await regions.GetAsync(cancellationToken);
            var q = query.Q?.Trim();
            return [.. all.Where(u =>
                (string.IsNullOrEmpty(q) || u.UserName.Contains(q, StringComparison.OrdinalIgnoreCase) || u.Email?.Contains(q, StringComparison.OrdinalIgnoreCase) == true)
                && (string.IsNullOrWhiteSpace(query.Role) || u.Roles.Contains(query.Role.Trim()))
                && (string.IsNullOrWhiteSpace(query.RegionCode) || tree.IsWithin(u.RegionCode, query.RegionCode.Trim()))
                && query.State switch
                {
                    "active" => !u.Disabled && !u.LockedOut,
                    "disabled" => u.Disabled,
                    "held" => u.LockedOut,
                    "no-two-factor" => !u.TwoFactor,
                    _ => true,
                })];
        }

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
