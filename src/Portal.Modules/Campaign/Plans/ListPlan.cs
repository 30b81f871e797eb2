using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Plans;

/// <summary>The year's targets and help tasks in a region and below (GET /api/v1/plan?year=&amp;regionCode=), with where each stands.</summary>
public static class ListPlan
{
    public sealed record Query(int? Year, string? RegionCode);

    public sealed record TargetRow(int Id, string EnterpriseCreditCode, string EnterpriseName, string EnterpriseRegionCode, string Problem,
        [property: WireValues(typeof(TargetKind))] string Kind, string Path, DateOnly DueOn, string ResponsibleDepartment,
        string? Progress, DateOnly? ProgressOn, DateOnly? CompletedOn, bool Editable);

    public sealed record HelpTaskRow(int Id, string EnterpriseCreditCode, string EnterpriseName, string EnterpriseRegionCode, string Matter,
        [property: WireValues(typeof(HelpLevel))] string Level, string ResponsibleDepartment, string Measures, DateOnly? DueOn,
        string? Progress, DateOnly? ProgressOn, DateOnly? CompletedOn, bool Editable);

    public sealed record Result(int Year, string RegionCode, IReadOnlyList<TargetRow> Targets, IReadOnlyList<HelpTaskRow> HelpTasks);

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
            // The county that wrote a row keeps its progress (RecordProgress); the levels above read it.
            bool Editable(CampaignRecord r) => actor.Unit.RegionCode == r.RegionCode && actor.Has(CampaignPermissions.EditPlans);
            var targets = await db.Set<Target>().AsNoTracking()
                .Where(t => t.Year == year && t.EnterpriseRegionPath.StartsWith(region.Path))
                .OrderBy(t => t.DueOn).ThenBy(t => t.Id)
                .ToListAsync(cancellationToken);
            var tasks = await db.Set<HelpTask>().AsNoTracking()
                .Where(t => t.Year == year && t.EnterpriseRegionPath.StartsWith(region.Path))
                .OrderBy(t => t.Id)
                .ToListAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(year, region.Code,
                [.. targets.Select(t => new TargetRow(t.Id, t.EnterpriseCreditCode, t.EnterpriseName, t.EnterpriseRegionCode, t.Problem, WireValue.Of(t.Kind), t.Path,
                    t.DueOn, t.ResponsibleDepartment, t.Progress, t.ProgressOn, t.CompletedOn, Editable(t)))],
                [.. tasks.Select(t => new HelpTaskRow(t.Id, t.EnterpriseCreditCode, t.EnterpriseName, t.EnterpriseRegionCode, t.Matter, WireValue.Of(t.Level),
                    t.ResponsibleDepartment, t.Measures, t.DueOn, t.Progress, t.ProgressOn, t.CompletedOn, Editable(t)))]));
        }
    }
}
