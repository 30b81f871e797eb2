using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Inspections;

/// <summary>
/// A year's inspection records in a region and below (GET /api/v1/inspections?year=&amp;regionCode=&amp;passed=): the
/// county's working list, the city's view before its review, and with <c>passed=true</c> the candidates for the
/// compliant list.
/// </summary>
public static class ListInspections
{
    /// <summary>A county inspects hundreds of enterprises, a province thousands: the total is exact, the rows stop here.</summary>
    public const int MaxRows = 2000;

    public sealed record Query(int? Year, string? RegionCode, bool? Passed);

    public sealed record Row(int Id, string EnterpriseCreditCode, string EnterpriseName, string EnterpriseRegionCode, string IndustryCode,
        DateOnly InspectedOn, bool Passed, int Items, int Failed);

    public sealed record Result(int Year, string RegionCode, int Total, IReadOnlyList<Row> Items);

    public sealed class Handler(PortalDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            var year = query.Year ?? ChinaTime.Today(clock).Year;
            var regionCode = string.IsNullOrWhiteSpace(query.RegionCode) ? actor.Unit.RegionCode : query.RegionCode.Trim();
            if (actor.Regions.Find(regionCode) is not { } region)
            {
                return Outcome<Result>.Invalid(new ValidationErrors().Add("regionCode", string.Format(CoreText.UnknownRegion, regionCode)));
            }
            if (!actor.Oversees(regionCode))
            {
                return Outcome<Result>.Forbidden(string.Format(CampaignText.RegionOutsideArea, region.Name));
            }
            var source = db.Set<Inspection>().AsNoTracking().Where(i => i.Year == year && i.EnterpriseRegionPath.StartsWith(region.Path));
            if (query.Passed is { } passed)
            {
                source = passed
                    ? source.Where(i => !i.Items.Any(x => x.Result == InspectionResult.Fail))
                    : source.Where(i => i.Items.Any(x => x.Result == InspectionResult.Fail));
            }
            var total = await source.CountAsync(cancellationToken);
            var rows = await source
                .OrderBy(i => i.EnterpriseRegionCode).ThenBy(i => i.EnterpriseCreditCode).ThenBy(i => i.Id)
                .Select(i => new
                {
                    i.Id, i.EnterpriseCreditCode, i.EnterpriseName, i.EnterpriseRegionCode, i.IndustryCode, i.InspectedOn,
                    Items = i.Items.Count,
                    Failed = i.Items.Count(x => x.Result == InspectionResult.Fail),
                })
                .Take(MaxRows)
                .ToListAsync(cancellationToken);
            var shaped = rows.Select(r => new Row(r.Id, r.EnterpriseCreditCode, r.EnterpriseName, r.EnterpriseRegionCode, r.IndustryCode, r.InspectedOn,
                r.Failed == 0, r.Items, r.Failed)).ToList();
            return Outcome<Result>.Ok(new Result(year, regionCode, total, shaped));
        }
    }
}
