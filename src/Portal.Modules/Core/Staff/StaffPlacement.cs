using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Staff;

/// <summary>Where an account works and as what: a known role in an existing department unit, checked the same way for a new account and a changed one.</summary>
public sealed class StaffPlacement(PortalDbContext db, RegionDirectory regions)
{
    /// <returns>The unit, or null with the problems added under <c>role</c>, <c>regionCode</c> and <c>department</c>.</returns>
    public async Task<DepartmentUnit?> CheckAsync(string? role, string? regionCode, string? department, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            errors.Add("role", string.Format(CoreText.FieldRequired, CoreText.Role));
        }
        else if (!Roles.All.Contains(role.Trim()))
        {
            errors.Add("role", string.Format(CoreText.UnknownRole, role, string.Join(CoreText.ListSeparator, Roles.All)));
        }
        var tree = await regions.GetAsync(cancellationToken);
        var regionKnown = false;
        if (string.IsNullOrWhiteSpace(regionCode))
        {
            errors.Add("regionCode", string.Format(CoreText.FieldRequired, CoreText.RegionCode));
        }
        else if (tree.Find(regionCode.Trim()) is null)
        {
            errors.Add("regionCode", string.Format(CoreText.UnknownRegion, regionCode));
        }
        else
        {
            regionKnown = true;
        }
        var kindKnown = false;
        if (string.IsNullOrWhiteSpace(department))
        {
            errors.Add("department", string.Format(CoreText.FieldRequired, CoreText.Department));
        }
        else if (!await db.DepartmentKinds.AnyAsync(k => k.Code == department.Trim(), cancellationToken))
        {
            var known = await db.DepartmentKinds.OrderBy(k => k.SortOrder).Select(k => k.Code).ToListAsync(cancellationToken);
            errors.Add("department", string.Format(CoreText.UnknownDepartment, department, string.Join(CoreText.ListSeparator, known)));
        }
        else
        {
            kindKnown = true;
        }
        if (!regionKnown || !kindKnown)
        {
            return null;
        }
        var code = regionCode!.Trim();
        var kind = department!.Trim();
        var unit = await db.DepartmentUnits.AsNoTracking().FirstOrDefaultAsync(u => u.RegionCode == code && u.KindCode == kind, cancellationToken);
        if (unit is null)
        {
            errors.Add("department", string.Format(CoreText.NoSuchUnit, tree.QualifiedName(code), kind));
        }
        return unit;
    }
}
