using System.Text.RegularExpressions;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Campaign.Rules;

/// <summary>A period the four ledgers are sent up for, as <c>2027-q2</c>: its campaign year and what it is.</summary>
public sealed record ReportingPeriod(string Key, int Year, string Stage)
{
    public string Label => Stage switch
    {
        CampaignCalendar.Plan => string.Format(CampaignText.PeriodPlan, Year),
        CampaignCalendar.Summary => string.Format(CampaignText.PeriodSummary, Year),
        _ => string.Format(CampaignText.PeriodQuarter, Year, "一二三四"[Stage[1] - '1']),
    };
}

/// <summary>
/// The campaign year's milestones (seed 000_6ff842427b64bf71.txt, 六 总体工作进度安排; 002_aa3e6ff6d4b81995.txt 三):
/// plans by the end of May (counties) and 10 June (cities, to the province); compliant lists published by the end of June,
/// mid and late July (county, city, province); exits done by the end of September; the four ledgers in early July,
/// October and the next January; the cities' annual summary on 15 December.
/// </summary>
/// <remarks>
/// "上旬" is read as the 10th, "中旬" as the 20th, "下旬" and "底" as the month's last day. Only the summary's date is
/// expressly "遇休息日顺延"; the others move to the next working day as well, so that nothing falls due on a day the
/// office is closed and a unit is never asked to deliver earlier than the seed's date.
/// </remarks>
public sealed partial class CampaignCalendar : IPeriodicObligationSource, IObligationKindProvider
{
    public const string Plan = "plan";
    public const string Summary = "summary";
    public static readonly string[] Stages = [Plan, "q2", "q3", "q4", Summary];

    /// <summary>实施方案 (附表1–4) sent up: counties to the city, cities to the province.</summary>
    public static readonly ObligationKind AnnualPlan = new("AnnualPlan");

    /// <summary>合法合规且达标企业 published at each level.</summary>
    public static readonly ObligationKind CompliantPublicity = new("CompliantPublicity");

    /// <summary>产能退出企业完成拆除、关闭退出, with acceptance and its announcement.</summary>
    public static readonly ObligationKind ExitsCompleted = new("ExitsCompleted");

    /// <summary>Ledgers updated and sent up in early July, October and January. Name kept from the supervision module's first version.</summary>
    public static readonly ObligationKind QuarterlyLedger = new("QuarterlyLedger");

    /// <summary>The annual summary, 15 December or the next working day (遇休息日顺延).</summary>
    public static readonly ObligationKind AnnualSummary = new("AnnualSummary");

    public IEnumerable<ObligationKindDefinition> Kinds =>
    [
        new(AnnualPlan, CampaignText.ObligationAnnualPlan, 65, FulfilledByHand: true),
        new(CompliantPublicity, CampaignText.ObligationCompliantPublicity, 66, FulfilledByHand: true),
        new(ExitsCompleted, CampaignText.ObligationExitsCompleted, 67, FulfilledByHand: true),
        new(QuarterlyLedger, CampaignText.ObligationQuarterlyLedger, 70, FulfilledByHand: true),
        new(AnnualSummary, CampaignText.ObligationAnnualSummary, 80, FulfilledByHand: true),
    ];

    public static bool TryParse(string? key, out ReportingPeriod period)
    {
        period = null!;
        var match = PeriodKey().Match(key?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }
        period = new ReportingPeriod(match.Value, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value);
        return true;
    }

    public static ReportingPeriod Period(int year, string stage) => new($"{year}-{stage}", year, stage);

    /// <summary>The obligation a unit of a level meets by having this period's ledgers accepted; null where its level owes none.</summary>
    public static PeriodicObligation? ObligationOf(ReportingPeriod period, RegionLevel level, WorkingDayRules calendar) =>
        Milestones(period.Year, calendar).FirstOrDefault(m => m.Period == period.Key && m.Obligation.Level == level)?.Obligation;

    public IEnumerable<PeriodicObligation> PeriodsOf(int year, WorkingDayRules calendar) => Milestones(year, calendar).Select(m => m.Obligation);

    private sealed record Milestone(string? Period, PeriodicObligation Obligation);

    private static IEnumerable<Milestone> Milestones(int year, WorkingDayRules calendar)
    {
        DateOnly Due(int y, int month, int day) => calendar.OnOrNextWorkingDay(new DateOnly(y, month, day));
        var plan = Period(year, Plan);
        var planTitle = string.Format(CampaignText.AnnualPlanTitle, year);
        yield return new(plan.Key, new(AnnualPlan, plan.Key, planTitle, Due(year, 5, 31), RegionLevel.County));
        yield return new(plan.Key, new(AnnualPlan, plan.Key, planTitle, Due(year, 6, 10), RegionLevel.City));

        var compliant = $"{year}-compliant";
        var compliantTitle = string.Format(CampaignText.CompliantPublicityTitle, year);
        yield return new(null, new(CompliantPublicity, compliant, compliantTitle, Due(year, 6, 30), RegionLevel.County));
        yield return new(null, new(CompliantPublicity, compliant, compliantTitle, Due(year, 7, 20), RegionLevel.City));
        yield return new(null, new(CompliantPublicity, compliant, compliantTitle, Due(year, 7, 31), RegionLevel.Province));

        var exits = $"{year}-exits";
        var exitsTitle = string.Format(CampaignText.ExitsCompletedTitle, year);
        yield return new(null, new(ExitsCompleted, exits, exitsTitle, Due(year, 9, 30), RegionLevel.County));
        yield return new(null, new(ExitsCompleted, exits, exitsTitle, Due(year, 9, 30), RegionLevel.City));

        // The obligations' subjects are the months they fall due in (2027-07), as the supervision module first wrote them.
        foreach (var (stage, dueYear, month) in new[] { ("q2", year, 7), ("q3", year, 10), ("q4", year + 1, 1) })
        {
            var period = Period(year, stage);
            var title = string.Format(CampaignText.QuarterlyLedgerTitle, period.Label);
            foreach (var level in new[] { RegionLevel.City, RegionLevel.County })
            {
                yield return new(period.Key, new(QuarterlyLedger, $"{dueYear}-{month:00}", title, Due(dueYear, month, 10), level));
            }
        }
        var summary = Period(year, Summary);
        yield return new(summary.Key, new(AnnualSummary, $"{year}", string.Format(CampaignText.AnnualSummaryTitle, year), Due(year, 12, 15), RegionLevel.City));
    }

    [GeneratedRegex(@"^(20\d\d)-(plan|q2|q3|q4|summary)$")]
    private static partial Regex PeriodKey();
}
