using System.Reflection;
using Portal.Modules.Core.Calendar;
using Portal.TestData;

namespace Portal.Modules.Core.Tests.Calendar;

public class WorkingDayRulesTests
{
    private static readonly IReadOnlyList<HolidayNotice> Facts = OfficialCalendar.Notices;

    private static WorkingDayRules Official()
    {
        using var stream = typeof(WorkingDayRules).Assembly.GetManifestResourceStream("Portal.Modules.Core.Calendar.Data.holidays.txt")!;
        using var reader = new StreamReader(stream);
        var notices = HolidayNoticeParser.ParseMany(reader);
        return new WorkingDayRules(notices.SelectMany(n => n.Days()), notices.Select(n => n.Year));
    }

    [Fact]
    public void Facts_list_ten_years_of_notices()
    {
        Assert.Equal(Enumerable.Range(2017, 10), Facts.Select(n => n.Year));
    }

    [Fact]
    public void Every_make_up_weekend_of_the_reference_counts_as_working()
    {
        var rules = Official();
        var workdays = Facts.SelectMany(n => n.WorkingDays).ToList();
        Assert.Equal(64, workdays.Count);
        Assert.All(workdays, d =>
        {
            Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d} is not a weekend day");
            Assert.True(rules.IsWorkingDay(d), $"{d} should be a make-up working day");
        });
    }

    [Fact]
    public void Every_holiday_of_the_reference_is_a_rest_day()
    {
        var rules = Official();
        var holidays = Facts.SelectMany(n => n.Days()).Where(d => !d.IsWorkingDay).ToList();
        Assert.All(holidays, d => Assert.False(rules.IsWorkingDay(d.Date), $"{d.Date} ({d.Name}) should be a rest day"));
    }

    [Fact]
    public void Ten_working_days_after_Friday_26_September_2025_is_16_October()
    {
        Assert.Equal(new DateOnly(2025, 10, 16), Official().AddWorkingDays(new DateOnly(2025, 9, 26), 10));
    }

    [Fact]
    public void The_start_day_is_not_counted_and_zero_days_gives_the_start_day()
    {
        var rules = Official();
        Assert.Equal(new DateOnly(2025, 3, 4), rules.AddWorkingDays(new DateOnly(2025, 3, 3), 1));
        Assert.Equal(new DateOnly(2025, 3, 1), rules.AddWorkingDays(new DateOnly(2025, 3, 1), 0));
    }

    [Fact]
    public void A_make_up_Sunday_counts_and_the_holiday_week_does_not()
    {
        // 2025-09-28 (Sunday) was worked for the National Day holiday 10-01..10-08; 10-11 (Saturday) too.
        var rules = Official();
        Assert.Equal(new DateOnly(2025, 9, 28), rules.AddWorkingDays(new DateOnly(2025, 9, 27), 1));
        Assert.Equal(new DateOnly(2025, 10, 9), rules.AddWorkingDays(new DateOnly(2025, 9, 30), 1));
        Assert.Equal(new DateOnly(2025, 10, 11), rules.AddWorkingDays(new DateOnly(2025, 10, 10), 1));
    }

    [Fact]
    public void The_cancelled_make_up_day_of_2020_is_a_rest_day()
    {
        Assert.False(Official().IsWorkingDay(new DateOnly(2020, 2, 1)));
    }

    [Fact]
    public void A_notice_reaching_into_December_moves_days_of_the_year_before()
    {
        var rules = Official();
        Assert.True(rules.IsWorkingDay(new DateOnly(2018, 12, 29)));
        Assert.False(rules.IsWorkingDay(new DateOnly(2018, 12, 31)));
    }

    [Fact]
    public void Every_result_is_a_working_day_and_more_days_never_give_an_earlier_date()
    {
        var rules = Official();
        var random = new Random(20261122);
        for (var sample = 0; sample < 5000; sample++)
        {
            var from = new DateOnly(2017, 1, 1).AddDays(random.Next(0, 3650));
            var days = random.Next(1, 60);
            var date = rules.AddWorkingDays(from, days);
            Assert.True(rules.IsWorkingDay(date), $"{from} + {days} gave {date}, a rest day");
            Assert.True(date > from);
            Assert.True(rules.AddWorkingDays(from, days + 1) > date, $"{from} + {days + 1} is not after {date}");
            Assert.Equal(days, rules.WorkingDaysBetween(from, date));
        }
    }

    [Fact]
    public void The_annual_summary_due_on_a_rest_day_moves_to_the_next_working_day()
    {
        // 000_6ff842427b64bf71.txt and 002_aa3e6ff6d4b81995.txt: 15 December, 遇休息日顺延. 2024-12-15 was a Sunday.
        var rules = Official();
        Assert.Equal(new DateOnly(2024, 12, 16), rules.OnOrNextWorkingDay(new DateOnly(2024, 12, 15)));
        Assert.Equal(new DateOnly(2025, 12, 15), rules.OnOrNextWorkingDay(new DateOnly(2025, 12, 15)));
    }

    [Fact]
    public void A_year_without_a_notice_is_known_to_be_provisional()
    {
        var rules = Official();
        Assert.True(rules.HasNoticeFor(2026));
        Assert.False(rules.HasNoticeFor(2027));
    }
}
