using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Inspections;

/// <summary>One inspection record as its unit and the levels above read it (GET /api/v1/inspections/{id}).</summary>
public static class GetInspection
{
    public sealed record Item(
        int Order,
        [property: WireValues(typeof(InspectionAspect))] string Aspect,
        string Name,
        [property: WireValues(typeof(InspectionResult))] string Result,
        decimal? Measured,
        decimal? Limit,
        string? Unit,
        string? Basis,
        string? Note);

    public sealed record Result(
        int Id, int Year, string EnterpriseCreditCode, string EnterpriseName, string EnterpriseRegionCode, string IndustryCode,
        int UnitId, DateOnly InspectedOn, string Inspectors, string? Disposal, bool Passed, IReadOnlyList<Item> Items, string CreatedBy);

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var inspection = await db.Set<Inspection>().AsNoTracking().Include(i => i.Items).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            // Another area's record is answered as missing: its existence is not this unit's business.
            if (inspection is null || !actor.Oversees(inspection.EnterpriseRegionCode))
            {
                return Outcome<Result>.NotFound(string.Format(CampaignText.InspectionNotFound, id));
            }
            return Outcome<Result>.Ok(new Result(inspection.Id, inspection.Year, inspection.EnterpriseCreditCode, inspection.EnterpriseName,
                inspection.EnterpriseRegionCode, inspection.IndustryCode, inspection.UnitId, inspection.InspectedOn, inspection.Inspectors, inspection.Disposal,
                inspection.Passed,
                [.. inspection.Items.OrderBy(i => i.Order).Select(i => new Item(i.Order, WireValue.Of(i.Aspect), i.Name, WireValue.Of(i.Result), i.Measured, i.Limit, i.Unit, i.Basis, i.Note))],
                inspection.CreatedBy));
        }
    }
}
