using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Seeding;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Handling;
using Portal.Modules.Reports.Intake;
using Portal.Modules.Reports.Routing;

namespace Portal.Modules.Reports.DemoData;

/// <summary>
/// Invented reports at each stage of handling, dated in working days before today, so a handler's queue, the
/// countdowns, the published outcomes and an enterprise's page have something to show. Their receipts are not shown
/// anywhere: nobody can open them as a reporter.
/// </summary>
public sealed class DemoReports(PortalDbContext db, RegionDirectory regions, DepartmentDirectory departments, WorkingDayCalendar calendar,
    IdentityProtector identities, TimeProvider clock) : IDemoDataSource
{
    public int Order => 20;

    private sealed record Plan(ReportCategory Category, string Region, string Kind, string Enterprise, string Description, ReportStatus Status,
        int SubmittedWorkingDaysAgo, ReporterIdentity? Reporter = null, string? Findings = null, ReportConclusion? Conclusion = null,
        string? Reply = null, string? Outcome = null);

    private static readonly Plan[] Plans =
    [
        new(ReportCategory.Environment, "220303", DepartmentKinds.Environment, "四平市铁东区宏达水泥有限公司",
            "厂区西侧烟囱每天夜里十点以后冒黄烟，周边小区都能闻到刺鼻气味，白天反而不冒。", ReportStatus.Received, 0),
        new(ReportCategory.Revival, "220382", DepartmentKinds.Industry, "双辽市华远铁合金有限公司",
            "公示封存的两台矿热电炉上周又通电生产，晚上有货车从后门拉货。", ReportStatus.Verifying, 6,
            new ReporterIdentity("李演示", "13900000000", null), "到厂检查，1号电炉封条完好，2号电炉控制柜有近期通电痕迹，已调取供电记录核实。",
            Reply: "已收到您的举报，我局已到现场检查，正在调取供电记录，核实后答复您。"),
        new(ReportCategory.Environment, "220322", DepartmentKinds.Environment, "梨树县金丰建材有限责任公司",
            "整改期间企业仍在夜间满负荷生产，除尘器没有开。", ReportStatus.Closed, 40,
            Findings: "夜间突击检查，生产线运行，除尘器未开启，在线监测数据缺失。", Conclusion: ReportConclusion.Substantiated,
            Outcome: "经夜间突击检查，举报反映的整改期间擅自生产、除尘设施未运行问题属实，已依法立案处罚并责令停产整改。"),
        new(ReportCategory.Quality, "220323", DepartmentKinds.Market, "伊通县某玻璃制品厂",
            "该厂生产的平板玻璃厚度不均，经销商反映退货很多，怀疑使用淘汰的平拉工艺。", ReportStatus.Routed, 6),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Reports().AnyAsync(cancellationToken))
        {
            return;
        }
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var tree = await regions.GetAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        foreach (var plan in Plans)
        {
            var region = tree.Find(plan.Region);
            var unit = await departments.FindResponsibleUnitAsync(plan.Region, plan.Kind, cancellationToken);
            if (region is null || unit is null)
            {
                continue;
            }
            var submitted = Back(rules, today, plan.SubmittedWorkingDaysAgo);
            var enterpriseId = await db.Enterprises.Where(e => e.Name == plan.Enterprise).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            var creditCode = enterpriseId is null ? null : await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.CreditCode).FirstAsync(cancellationToken);
            var report = new Report
            {
                TrackingCode = FileReport.NewTrackingCode(),
                AccessKeyHash = FileReport.HashKey(FileReport.NewAccessKey()),
                Category = plan.Category,
                RegionCode = region.Code,
                RegionPath = region.Path,
                EnterpriseName = plan.Enterprise,
                EnterpriseCreditCode = creditCode,
                EnterpriseId = enterpriseId,
                Description = plan.Description,
                RealName = plan.Reporter is not null,
                ProtectedIdentity = plan.Reporter is null ? null : identities.Protect(plan.Reporter),
                Status = plan.Status,
                SubmittedOn = submitted,
            };
            var steps = new List<ReportEvent> { Step(submitted, ReportStatus.Received, ReportsText.SubmittedNote, null, null) };
            if (plan.Status != ReportStatus.Received)
            {
                report.UnitId = unit.Id;
                report.RoutedOn = submitted;
                report.AcceptDueOn = rules.AddWorkingDays(submitted, ReportRouter.AcceptWorkingDays);
                steps.Add(Step(submitted, ReportStatus.Routed, string.Format(ReportsText.RoutedNote, unit.Name), null, unit.Id));
            }
            if (plan.Status is ReportStatus.Verifying or ReportStatus.Closed)
            {
                var accepted = rules.AddWorkingDays(submitted, 1);
                report.AcceptedOn = accepted;
                report.ConcludeDueOn = rules.AddWorkingDays(accepted, UnitReports.ConcludeWorkingDays);
                steps.Add(Step(accepted, ReportStatus.Accepted, string.Format(ReportsText.AcceptedNote, unit.Name), null, unit.Id));
                steps.Add(Step(rules.AddWorkingDays(accepted, 2), ReportStatus.Verifying, ReportsText.VerifyingNote, plan.Findings, unit.Id));
            }
            if (plan.Status == ReportStatus.Closed && plan.Conclusion is { } conclusion)
            {
                var concluded = rules.AddWorkingDays(submitted, 10);
                report.Conclusion = conclusion;
                report.ConclusionText = plan.Outcome;
                report.ConcludedOn = concluded;
                report.ClosedOn = concluded;
                report.PublicOutcome = plan.Outcome;
                report.OutcomePublishedOn = rules.AddWorkingDays(concluded, 1);
                steps.Add(Step(concluded, ReportStatus.Concluded, string.Format(ReportsText.ConcludedNote, ReportWords.Conclusion(conclusion)), plan.Outcome, unit.Id));
                steps.Add(Step(concluded, ReportStatus.Closed, ReportsText.ClosedNote, null, unit.Id));
                steps.Add(Step(report.OutcomePublishedOn.Value, ReportStatus.Closed, ReportsText.OutcomePublishedNote, null, unit.Id));
            }
            db.Reports().Add(report);
            foreach (var step in steps)
            {
                step.Report = report;
                db.ReportEvents().Add(step);
            }
            await db.SaveChangesAsync(cancellationToken);
            if (plan.Reply is not null)
            {
                db.ReportMessages().Add(new ReportMessage { ReportId = report.Id, FromReporter = false, At = ChinaTime.ToUtc(today.ToDateTime(new TimeOnly(9, 30))), Text = plan.Reply, UnitId = unit.Id });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private static ReportEvent Step(DateOnly on, ReportStatus status, string note, string? internalNote, int? unitId) =>
        new() { At = ChinaTime.ToUtc(on.ToDateTime(new TimeOnly(9, 0))), Status = status, Note = note, InternalNote = internalNote, UnitId = unitId };

    private static DateOnly Back(WorkingDayRules rules, DateOnly from, int workingDays)
    {
        var date = from;
        for (var left = workingDays; left > 0;)
        {
            date = date.AddDays(-1);
            if (rules.IsWorkingDay(date))
            {
                left--;
            }
        }
        return date;
    }
}
