using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Departments;

/// <summary>Finds the unit responsible at a region, climbing to the city and then the province where a county has none.</summary>
public sealed class DepartmentDirectory(PortalDbContext db, RegionDirectory regions)
{
    public Task<DepartmentUnit?> FindUnitAsync(string regionCode, string kindCode, CancellationToken cancellationToken = default) =>
        db.DepartmentUnits.AsNoTracking().FirstOrDefaultAsync(u => u.RegionCode == regionCode && u.KindCode == kindCode, cancellationToken);

    public async Task<DepartmentUnit?> FindResponsibleUnitAsync(string regionCode, string kindCode, CancellationToken cancellationToken = default)
    {
        var tree = await regions.GetAsync(cancellationToken);
        var lineage = tree.Lineage(regionCode).Select(r => r.Code).Reverse().ToList();
        var units = await db.DepartmentUnits.AsNoTracking()
            .Where(u => u.KindCode == kindCode && lineage.Contains(u.RegionCode))
            .ToListAsync(cancellationToken);
        return lineage.Select(code => units.FirstOrDefault(u => u.RegionCode == code)).FirstOrDefault(u => u is not null);
    }

    public Task<DepartmentUnit?> FindUnitAsync(int unitId, CancellationToken cancellationToken = default) =>
        db.DepartmentUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);

    public Task<List<DepartmentKind>> KindsAsync(CancellationToken cancellationToken = default) =>
        db.DepartmentKinds.AsNoTracking().OrderBy(k => k.SortOrder).ToListAsync(cancellationToken);
}
