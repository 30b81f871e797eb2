using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Inspections;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Inspections;

/// <summary>The campaign's answer to <see cref="IInspectionFindings"/>: the failed items of a record in the actor's area.</summary>
public sealed class InspectionFindings(PortalDbContext db) : IInspectionFindings
{
    public async Task<InspectionFinding?> FindAsync(int inspectionId, StaffContext actor, CancellationToken cancellationToken)
    {
        var inspection = await db.Set<Inspection>().AsNoTracking().Include(i => i.Items).SingleOrDefaultAsync(i => i.Id == inspectionId, cancellationToken);
        if (inspection is null || !actor.Oversees(inspection.EnterpriseRegionCode))
        {
            return null;
        }
        return new InspectionFinding(inspection.Id, inspection.EnterpriseCreditCode, inspection.InspectedOn, inspection.Disposal,
            [.. inspection.Items.Where(i => i.Result == InspectionResult.Fail).OrderBy(i => i.Order)
                .Select(i => new FindingItem(WireValue.Of(i.Aspect), i.Name, i.Measured, i.Limit, i.Unit, i.Basis, i.Note))]);
    }
}
