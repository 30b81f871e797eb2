using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Routing;

/// <summary>
/// Hands each received report to the unit that must check it (003, 004: the platform office sorts each report and
/// hands it to the responsible department by dimension and duty): the category's department kind, at the report's
/// county, climbing to the city and the province where the county has no such unit. Each report moves from
/// received to routed by one conditional update in the same transaction as its timeline entry, so two nodes
/// running this at once, or a process killed half-way, still route every report exactly once.
/// </summary>
public sealed class ReportRouter(PortalDbContext db, DepartmentDirectory departments, WorkingDayCalendar calendar, TimeProvider clock, ILogger<ReportRouter> logger)
{
    /// <summary>The job that runs <see cref="RouteAllWaitingAsync"/>: on a schedule, and at once after a report is filed.</summary>
    public const string JobName = "report-routing";

    /// <summary>Working days a unit has to sign for (签收) a report handed to it.</summary>
    public const int AcceptWorkingDays = 3;

    /// <summary>Routes batch after batch until nothing more can be routed; returns how many this call routed.</summary>
    public async Task<int> RouteAllWaitingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int routed;
        while ((routed = await RouteWaitingAsync(200, cancellationToken)) > 0)
        {
            total += routed;
        }
        return total;
    }

    public async Task<int> RouteWaitingAsync(int batch, CancellationToken cancellationToken)
    {
        var waiting = await db.Reports().AsNoTracking().Where(r => r.Status == ReportStatus.Received).OrderBy(r => r.Id).Take(batch)
            .Select(r => new { r.Id, r.Category, r.RegionCode, r.EnterpriseId }).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }
        var rules = await db.RoutingRules().AsNoTracking().ToDictionaryAsync(r => r.Category, cancellationToken);
        var calendarRules = await calendar.GetRulesAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var routed = 0;
        foreach (var report in waiting)
        {
            var kind = await KindForAsync(report.Category, report.EnterpriseId, rules, cancellationToken);
            var unit = await departments.FindResponsibleUnitAsync(report.RegionCode, kind, cancellationToken)
                ?? await departments.FindResponsibleUnitAsync(report.RegionCode, DepartmentKinds.Industry, cancellationToken);
            if (unit is null)
            {
                logger.LogError("Report {ReportId} has no unit to go to: no {Kind} or industry unit up its region's lineage", report.Id, kind);
                continue;
            }
            var due = calendarRules.AddWorkingDays(today, AcceptWorkingDays);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var moved = await db.Reports()
                .Where(r => r.Id == report.Id && r.Status == ReportStatus.Received)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, ReportStatus.Routed)
                    .SetProperty(r => r.UnitId, unit.Id)
                    .SetProperty(r => r.RoutedOn, today)
                    .SetProperty(r => r.ChangedOn, today)
                    .SetProperty(r => r.AcceptDueOn, due)
                    .SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
            if (moved == 0)
            {
                continue;
            }
            db.ReportEvents().Add(new ReportEvent
            {
                ReportId = report.Id,
                At = clock.GetUtcNow().UtcDateTime,
                Status = ReportStatus.Routed,
                Note = string.Format(ReportsText.RoutedNote, unit.Name),
                UnitId = unit.Id,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            routed++;
        }
        return routed;
    }

    private async Task<string> KindForAsync(ReportCategory category, int? enterpriseId, Dictionary<ReportCategory, RoutingRule> rules, CancellationToken cancellationToken)
    {
        // A category an administrator has not set follows the defaults, so a fresh installation routes from the start.
        var rule = rules.GetValueOrDefault(category) ?? DefaultRules().First(r => r.Category == category);
        var kind = rule.DepartmentKindCode;
        if (rule.FollowIndustryLead && enterpriseId is { } id)
        {
            var lead = await db.Enterprises.AsNoTracking().Where(e => e.Id == id)
                .Join(db.Industries, e => e.IndustryCode, i => i.Code, (e, i) => i.LeadDepartmentKind)
                .FirstOrDefaultAsync(cancellationToken);
            kind = lead ?? kind;
        }
        return kind;
    }

    /// <summary>The defaults of the issue and docs/domain.md, written once into an empty rules table.</summary>
    public static IReadOnlyList<RoutingRule> DefaultRules() =>
    [
        new() { Category = ReportCategory.ObsoleteEquipment, DepartmentKindCode = DepartmentKinds.Industry, FollowIndustryLead = true },
        new() { Category = ReportCategory.Energy, DepartmentKindCode = DepartmentKinds.Industry, FollowIndustryLead = true },
        new() { Category = ReportCategory.Environment, DepartmentKindCode = DepartmentKinds.Environment },
        new() { Category = ReportCategory.Quality, DepartmentKindCode = DepartmentKinds.Market },
        new() { Category = ReportCategory.Safety, DepartmentKindCode = DepartmentKinds.Emergency },
        new() { Category = ReportCategory.IllegalConstruction, DepartmentKindCode = DepartmentKinds.Industry, FollowIndustryLead = true },
        new() { Category = ReportCategory.Revival, DepartmentKindCode = DepartmentKinds.Industry, FollowIndustryLead = true },
        new() { Category = ReportCategory.FakeRectification, DepartmentKindCode = DepartmentKinds.Industry, FollowIndustryLead = true },
        new() { Category = ReportCategory.LaxApproval, DepartmentKindCode = DepartmentKinds.Industry, FollowIndustryLead = true },
        new() { Category = ReportCategory.Other, DepartmentKindCode = DepartmentKinds.Industry, FollowIndustryLead = true },
    ];
}
