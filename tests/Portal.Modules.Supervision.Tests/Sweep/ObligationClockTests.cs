using Portal.Modules.Core.Deadlines;
using Portal.TestData;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Sweep;

namespace Portal.Modules.Supervision.Tests.Sweep;

public class ObligationClockTests
{
    private static readonly DateOnly EveOfNationalDay = new(2026, 9, 30);

    [Theory]
    [InlineData("2026-09-30", 0)]
    [InlineData("2026-10-01", 0)]
    [InlineData("2026-10-04", 0)]
    [InlineData("2026-10-07", 0)]
    [InlineData("2026-10-08", 1)]
    [InlineData("2026-10-09", 2)]
    [InlineData("2026-10-10", 3)]
    [InlineData("2026-10-11", 3)]
    [InlineData("2026-10-12", 4)]
    public void A_deadline_on_the_eve_of_National_Day_is_not_overdue_during_the_holiday_and_the_make_up_Saturday_counts(string today, int overdue)
    {
        Assert.Equal(overdue, ObligationClock.OverdueWorkingDays(OfficialCalendar.Rules, EveOfNationalDay, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2026-09-21", ObligationStatus.Upcoming)]
    [InlineData("2026-09-22", ObligationStatus.Upcoming)]
    [InlineData("2026-09-24", ObligationStatus.DueSoon)]
    [InlineData("2026-09-29", ObligationStatus.DueSoon)]
    [InlineData("2026-09-30", ObligationStatus.Due)]
    [InlineData("2026-10-05", ObligationStatus.Due)]
    [InlineData("2026-10-08", ObligationStatus.Overdue)]
    public void The_reminder_window_is_three_working_days_with_the_Mid_Autumn_weekend_left_out(string today, ObligationStatus status)
    {
        Assert.Equal(status, ObligationClock.StatusOf(OfficialCalendar.Rules, EveOfNationalDay, null, DateOnly.Parse(today), 3));
    }

    [Fact]
    public void A_met_obligation_is_met_whatever_the_day()
    {
        Assert.Equal(ObligationStatus.Met, ObligationClock.StatusOf(OfficialCalendar.Rules, EveOfNationalDay, new DateOnly(2026, 10, 9), new DateOnly(2026, 12, 1), 3));
    }

    [Fact]
    public void Sealed_equipment_checked_on_National_Day_eve_is_due_again_after_next_years_holiday_moves_to_a_working_day()
    {
        // 2025-10-01 + 12 months is 2026-10-01, inside the holiday: the first working day after it is 2026-10-08.
        Assert.Equal(new DateOnly(2026, 10, 8), ObligationRules.NextSealedRecheck(OfficialCalendar.Rules, new DateOnly(2025, 10, 1)));
        Assert.Equal(new DateOnly(2026, 6, 1), ObligationRules.NextSealedRecheck(OfficialCalendar.Rules, new DateOnly(2025, 6, 1)));
    }
}
