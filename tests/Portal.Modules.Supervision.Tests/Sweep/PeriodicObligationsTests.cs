using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Regions;
using Portal.TestData;
using Portal.Modules.Supervision.Sweep;

namespace Portal.Modules.Supervision.Tests.Sweep;

public class PeriodicObligationsTests
{
    private static Dictionary<string, PeriodicObligations.Period> Periods(int year) =>
        PeriodicObligations.PeriodsAround(year, OfficialCalendar.Rules).ToDictionary(p => p.SubjectId);

    [Fact]
    public void Ledgers_fall_on_the_tenth_or_the_next_working_day_and_a_make_up_Saturday_is_a_working_day()
    {
        var periods = Periods(2026);
        // 2026-01-10 is a Saturday: Monday the 12th.
        Assert.Equal(new DateOnly(2026, 1, 12), periods["2026-01"].DueOn);
        Assert.Equal(new DateOnly(2026, 7, 10), periods["2026-07"].DueOn);
        // 2026-10-10 is a Saturday worked in exchange for the National Day holiday: the ledger is due that day.
        Assert.Equal(new DateOnly(2026, 10, 10), periods["2026-10"].DueOn);
        Assert.All(periods.Values.Where(p => p.Kind == SupervisionObligations.QuarterlyLedger), p => Assert.Equal([RegionLevel.City, RegionLevel.County], p.Levels));
    }

    [Fact]
    public void The_January_ledger_reports_the_fourth_quarter_of_the_year_before()
    {
        Assert.StartsWith("2025年第四季度", Periods(2026)["2026-01"].Title);
        Assert.StartsWith("2026年第二季度", Periods(2026)["2026-07"].Title);
    }

    [Fact]
    public void The_annual_summary_is_due_on_15_December_from_cities_and_moves_off_a_Sunday()
    {
        // 000_6ff842427b64bf71.txt / 002_aa3e6ff6d4b81995.txt: "于12月15日（遇休息日顺延）前报省工信厅"; 2024-12-15 was a Sunday.
        Assert.Equal(new DateOnly(2024, 12, 16), Periods(2024)["2024"].DueOn);
        Assert.Equal(new DateOnly(2026, 12, 15), Periods(2026)["2026"].DueOn);
        Assert.Equal([RegionLevel.City], Periods(2026)["2026"].Levels);
        Assert.Equal(SupervisionObligations.AnnualSummary, Periods(2026)["2026"].Kind);
    }
}
