using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Common;

/// <summary>
/// The enterprise a campaign record is about, by its credit code: it must be registered and in the writer's area, since
/// a county records only what it inspects and plans for itself (seed 000_6ff842427b64bf71.txt, 五(三)1).
/// </summary>
public sealed class EnterpriseInArea(PortalDbContext db)
{
    public async Task<Enterprise?> FindAsync(string? creditCode, StaffContext actor, ValidationErrors errors, CancellationToken cancellationToken, string field = "enterpriseCreditCode")
    {
        var code = CreditCode.Check(creditCode);
        if (!code.IsValid)
        {
            errors.Add(field, code.Problem!);
            return null;
        }
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code.Normalized, cancellationToken);
        if (enterprise is null)
        {
            errors.Add(field, string.Format(CampaignText.UnknownEnterprise, code.Normalized));
            return null;
        }
        if (!actor.Oversees(enterprise.RegionCode))
        {
            var where = string.Concat(actor.Regions.Lineage(enterprise.RegionCode).Select(r => r.Name));
            errors.Add(field, string.Format(CampaignText.EnterpriseOutsideArea, enterprise.Name, where));
            return null;
        }
        return enterprise;
    }

    /// <summary>Fills a new record's writer and its copy of the enterprise as it stands today.</summary>
    public static T Stamp<T>(T record, Enterprise enterprise, StaffContext actor, int year, DateTime now) where T : EnterpriseRecord
    {
        record.Year = year;
        record.EnterpriseId = enterprise.Id;
        record.EnterpriseCreditCode = enterprise.CreditCode;
        record.EnterpriseName = enterprise.Name;
        record.EnterpriseRegionCode = enterprise.RegionCode;
        record.EnterpriseRegionPath = actor.Regions.Find(enterprise.RegionCode)!.Path;
        record.IndustryCode = enterprise.IndustryCode;
        record.UnitId = actor.Unit.Id;
        record.RegionCode = actor.Unit.RegionCode;
        record.CreatedBy = actor.UserName;
        record.CreatedAt = now;
        if (record is CampaignRecord plan)
        {
            plan.UpdatedAt = now;
        }
        return record;
    }
}
