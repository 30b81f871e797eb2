using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Regions;
using Portal.TestData;

namespace Portal.Modules.Campaign.Tests.Rules;

/// <summary>Seed 000_6ff842427b64bf71.txt 六 and 002_aa3e6ff6d4b81995.txt 三, on the State Council's calendar.</summary>
public class CampaignCalendarTests
{
    private static readonly CampaignCalendar Calendar = new();

    private static PeriodicObligation Due(int year, ObligationKind kind, string subject, RegionLevel level) =>
        Calendar.PeriodsOf(year, OfficialCalendar.Rules).Single(p => p.Kind == kind && p.SubjectId == subject && p.Level == level);

    [Fact]
    public void Ledgers_fall_on_the_tenth_or_the_next_working_day_and_a_make_up_Saturday_is_a_working_day()
    {
        // 2026-01-10 is a Saturday: Monday the 12th. It reports the fourth quarter of 2025.
        Assert.Equal(new DateOnly(2026, 1, 12), Due(2025, CampaignCalendar.QuarterlyLedger, "2026-01", RegionLevel.County).DueOn);
        Assert.Equal(new DateOnly(2026, 7, 10), Due(2026, CampaignCalendar.QuarterlyLedger, "2026-07", RegionLevel.City).DueOn);
        // 2026-10-10 is a Saturday worked in exchange for the National Day holiday: the ledger is due that day.
        Assert.Equal(new DateOnly(2026, 10, 10), Due(2026, CampaignCalendar.QuarterlyLedger, "2026-10", RegionLevel.County).DueOn);
        Assert.DoesNotContain(Calendar.PeriodsOf(2026, OfficialCalendar.Rules), p => p.Kind == CampaignCalendar.QuarterlyLedger && p.Level == RegionLevel.Province);
    }

    [Fact]
    public void The_January_ledger_reports_the_fourth_quarter_of_the_year_before()
    {
        Assert.StartsWith("2025年第四季度", Due(2025, CampaignCalendar.QuarterlyLedger, "2026-01", RegionLevel.City).Title);
        Assert.StartsWith("2026年第二季度", Due(2026, CampaignCalendar.QuarterlyLedger, "2026-07", RegionLevel.City).Title);
    }

    [Fact]
    public void The_annual_summary_is_due_on_15_December_from_cities_and_moves_off_a_Sunday()
    {
        // "于12月15日（遇休息日顺延）前报省工信厅"; 2024-12-15 was a Sunday.
        Assert.Equal(new DateOnly(2024, 12, 16), Due(2024, CampaignCalendar.AnnualSummary, "2024", RegionLevel.City).DueOn);
        Assert.Equal(new DateOnly(2026, 12, 15), Due(2026, CampaignCalendar.AnnualSummary, "2026", RegionLevel.City).DueOn);
        Assert.Single(Calendar.PeriodsOf(2026, OfficialCalendar.Rules), p => p.Kind == CampaignCalendar.AnnualSummary);
    }

    [Fact]
    public void Plans_go_up_from_counties_by_the_end_of_May_and_from_cities_by_10_June()
    {
        // 2026-05-31 is a Sunday: Monday 1 June. 2026-06-10 is a Wednesday.
        Assert.Equal(new DateOnly(2026, 6, 1), Due(2026, CampaignCalendar.AnnualPlan, "2026-plan", RegionLevel.County).DueOn);
        Assert.Equal(new DateOnly(2026, 6, 10), Due(2026, CampaignCalendar.AnnualPlan, "2026-plan", RegionLevel.City).DueOn);
    }

    [Fact]
    public void Compliant_lists_are_published_county_city_province_by_June_and_mid_and_late_July_and_exits_by_September()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), Due(2026, CampaignCalendar.CompliantPublicity, "2026-compliant", RegionLevel.County).DueOn);
        Assert.Equal(new DateOnly(2026, 7, 20), Due(2026, CampaignCalendar.CompliantPublicity, "2026-compliant", RegionLevel.City).DueOn);
        Assert.Equal(new DateOnly(2026, 7, 31), Due(2026, CampaignCalendar.CompliantPublicity, "2026-compliant", RegionLevel.Province).DueOn);
        // 2026-09-30 is a Wednesday.
        Assert.Equal(new DateOnly(2026, 9, 30), Due(2026, CampaignCalendar.ExitsCompleted, "2026-exits", RegionLevel.County).DueOn);
    }

    [Theory]
    [InlineData("2027-q2", 2027, "q2")]
    [InlineData(" 2027-summary ", 2027, "summary")]
    [InlineData("2026-plan", 2026, "plan")]
    public void A_period_is_written_as_year_and_stage(string key, int year, string stage)
    {
        Assert.True(CampaignCalendar.TryParse(key, out var period));
        Assert.Equal((year, stage), (period.Year, period.Stage));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2027-q1")]
    [InlineData("2027Q2")]
    [InlineData("1999-plan")]
    [InlineData("2027-plan; drop table")]
    public void Anything_else_is_not_a_period(string? key) => Assert.False(CampaignCalendar.TryParse(key, out _));

    [Fact]
    public void An_accepted_ledger_meets_the_obligation_of_its_own_level_only()
    {
        CampaignCalendar.TryParse("2026-summary", out var summary);
        Assert.NotNull(CampaignCalendar.ObligationOf(summary, RegionLevel.City, OfficialCalendar.Rules));
        Assert.Null(CampaignCalendar.ObligationOf(summary, RegionLevel.County, OfficialCalendar.Rules));
        CampaignCalendar.TryParse("2026-q4", out var q4);
        Assert.Equal("2027-01", CampaignCalendar.ObligationOf(q4, RegionLevel.County, OfficialCalendar.Rules)!.SubjectId);
    }
}
