using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Campaign.Ledgers;

/// <summary>
/// Generates 附表1–4 of a region (and everything below it) for a campaign year from the records, targets and help tasks
/// (seed 000_6ff842427b64bf71.txt, 五(三)2 and 六). A city's tables are its counties' rows together, so its totals are
/// their sums; each enterprise appears in 附表1/附表2 once, by its latest inspection of the year.
/// </summary>
public sealed class LedgerBuilder(PortalDbContext db, NameDirectory names)
{
    private static readonly InspectionAspect[] Dimensions =
        [InspectionAspect.Energy, InspectionAspect.Environment, InspectionAspect.Quality, InspectionAspect.Safety, InspectionAspect.Technology];

    public async Task<LedgerSet> BuildAsync(Region region, RegionTree regions, ReportingPeriod period, DateOnly asOf, CancellationToken cancellationToken)
    {
        var year = period.Year;
        var industries = (await names.GetAsync(cancellationToken)).Industries;
        string RegionName(string code) => regions.QualifiedName(code);
        string IndustryName(string code) => industries.TryGetValue(code, out var name) ? name : code;

        var inspections = InspectionRules.LatestPerEnterprise(
                await db.Set<Inspection>().AsNoTracking().Include(i => i.Items)
                    .Where(i => i.Year == year && i.EnterpriseRegionPath.StartsWith(region.Path))
                    .ToListAsync(cancellationToken),
                i => i.EnterpriseId, i => i.InspectedOn, i => i.Id)
            .OrderBy(i => i.EnterpriseRegionCode, StringComparer.Ordinal).ThenBy(i => i.EnterpriseCreditCode, StringComparer.Ordinal)
            .ToList();
        var targets = await db.Set<Target>().AsNoTracking()
            .Where(t => t.Year == year && t.EnterpriseRegionPath.StartsWith(region.Path))
            .OrderBy(t => t.EnterpriseRegionCode).ThenBy(t => t.EnterpriseCreditCode).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var tasks = await db.Set<HelpTask>().AsNoTracking()
            .Where(t => t.Year == year && t.EnterpriseRegionPath.StartsWith(region.Path))
            .OrderBy(t => t.EnterpriseRegionCode).ThenBy(t => t.EnterpriseCreditCode).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);

        LedgerColumn Index() => new(CampaignText.ColumnIndex, LedgerCellKind.Index, 6);
        LedgerColumn Area() => new(CampaignText.ColumnRegion, LedgerCellKind.Text, 12);
        LedgerColumn Enterprise() => new(CampaignText.ColumnEnterprise, LedgerCellKind.Name, 30);
        LedgerColumn Code() => new(CampaignText.ColumnCreditCode, LedgerCellKind.Text, 22);
        LedgerColumn Industry() => new(CampaignText.ColumnIndustry, LedgerCellKind.Text, 12);

        var inspected = new LedgerTable(1, CampaignText.Ledger1Name,
            [Index(), Area(), Enterprise(), Code(), Industry(),
             new(CampaignText.ColumnInspectedOn, LedgerCellKind.Date, 12),
             new(CampaignText.ColumnInspectors, LedgerCellKind.Text, 16),
             .. Dimensions.Select(a => new LedgerColumn(AspectTitle(a), LedgerCellKind.Outcome, 8, CampaignText.OutcomeFail)),
             new(CampaignText.ColumnFailedItems, LedgerCellKind.Number, 10),
             new(CampaignText.ColumnFailedNames, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnDisposal, LedgerCellKind.Text, 30)],
            [.. inspections.Select((i, n) => (object?[])
            [
                (decimal)(n + 1), RegionName(i.EnterpriseRegionCode), i.EnterpriseName, i.EnterpriseCreditCode, IndustryName(i.IndustryCode),
                i.InspectedOn, i.Inspectors,
                .. Dimensions.Select(a => (object?)DimensionOutcome(i, a)),
                (decimal)i.Items.Count(x => x.Aspect != InspectionAspect.Legality && x.Result == InspectionResult.Fail),
                Joined(i.Items.Where(x => x.Aspect != InspectionAspect.Legality && x.Result == InspectionResult.Fail)),
                i.Disposal,
            ])]);

        var reviewed = inspections.Where(i => i.Items.Any(x => x.Aspect == InspectionAspect.Legality)).ToList();
        var legality = new LedgerTable(2, CampaignText.Ledger2Name,
            [Index(), Area(), Enterprise(), Code(), Industry(),
             new(CampaignText.ColumnInspectedOn, LedgerCellKind.Date, 12),
             new(CampaignText.ColumnReviewedItems, LedgerCellKind.Number, 10),
             new(CampaignText.ColumnProblemItems, LedgerCellKind.Number, 10),
             new(CampaignText.ColumnProblemNames, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnConclusion, LedgerCellKind.Outcome, 10, CampaignText.OutcomeIllegal),
             new(CampaignText.ColumnDisposal, LedgerCellKind.Text, 30)],
            [.. reviewed.Select((i, n) =>
            {
                var items = i.Items.Where(x => x.Aspect == InspectionAspect.Legality).ToList();
                var failed = items.Where(x => x.Result == InspectionResult.Fail).ToList();
                return new object?[]
                {
                    (decimal)(n + 1), RegionName(i.EnterpriseRegionCode), i.EnterpriseName, i.EnterpriseCreditCode, IndustryName(i.IndustryCode),
                    i.InspectedOn, (decimal)items.Count, (decimal)failed.Count, Joined(failed),
                    failed.Count == 0 ? CampaignText.OutcomeLegal : CampaignText.OutcomeIllegal,
                    i.Disposal,
                };
            })]);

        var plan = new LedgerTable(3, CampaignText.Ledger3Name,
            [Index(), Area(), Enterprise(), Code(), Industry(),
             new(CampaignText.ColumnProblem, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnTarget, LedgerCellKind.Text, 10),
             new(CampaignText.ColumnPath, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnDueOn, LedgerCellKind.Date, 12),
             new(CampaignText.ColumnResponsible, LedgerCellKind.Text, 16),
             new(CampaignText.ColumnProgress, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnCompletedOn, LedgerCellKind.Date, 12)],
            [.. targets.Select((t, n) => new object?[]
            {
                (decimal)(n + 1), RegionName(t.EnterpriseRegionCode), t.EnterpriseName, t.EnterpriseCreditCode, IndustryName(t.IndustryCode),
                t.Problem, TargetTitle(t.Kind), t.Path, t.DueOn, t.ResponsibleDepartment, t.Progress, t.CompletedOn,
            })]);

        var help = new LedgerTable(4, CampaignText.Ledger4Name,
            [Index(), Area(), Enterprise(), Code(), Industry(),
             new(CampaignText.ColumnMatter, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnLevel, LedgerCellKind.Text, 10),
             new(CampaignText.ColumnResponsible, LedgerCellKind.Text, 16),
             new(CampaignText.ColumnMeasures, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnDueOn, LedgerCellKind.Date, 12),
             new(CampaignText.ColumnProgress, LedgerCellKind.Text, 30),
             new(CampaignText.ColumnCompletedOn, LedgerCellKind.Date, 12)],
            [.. tasks.Select((t, n) => new object?[]
            {
                (decimal)(n + 1), RegionName(t.EnterpriseRegionCode), t.EnterpriseName, t.EnterpriseCreditCode, IndustryName(t.IndustryCode),
                t.Matter, LevelTitle(t.Level), t.ResponsibleDepartment, t.Measures, t.DueOn, t.Progress, t.CompletedOn,
            })]);

        return new LedgerSet(region.Code, string.Concat(regions.Lineage(region.Code).Select(r => r.Name)), year, period.Key, period.Label, asOf, [inspected, legality, plan, help]);
    }

    /// <summary>A dimension no item checked reads 未检查, one with only not-applicable items 不涉及.</summary>
    private static string DimensionOutcome(Inspection inspection, InspectionAspect aspect)
    {
        var items = inspection.Items.Where(i => i.Aspect == aspect).ToList();
        return items.Count == 0 ? CampaignText.OutcomeNotChecked
            : items.Any(i => i.Result == InspectionResult.Fail) ? CampaignText.OutcomeFail
            : items.All(i => i.Result == InspectionResult.NotApplicable) ? CampaignText.OutcomeNotApplicable
            : CampaignText.OutcomePass;
    }

    private static string? Joined(IEnumerable<InspectionItem> items)
    {
        var names = items.OrderBy(i => i.Order).Select(i => i.Name).ToList();
        return names.Count == 0 ? null : string.Join("；", names);
    }

    public static string AspectTitle(InspectionAspect aspect) => CampaignText.Chinese("Aspect" + aspect);

    public static string TargetTitle(TargetKind kind) => CampaignText.Chinese("Target" + kind);

    public static string LevelTitle(HelpLevel level) => CampaignText.Chinese("Level" + level);
}
