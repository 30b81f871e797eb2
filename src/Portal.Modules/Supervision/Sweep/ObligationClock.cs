using Portal.Modules.Core.Calendar;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>Where a deadline stands on the working-day calendar (docs/domain.md, "Working days").</summary>
public static class ObligationClock
{
    /// <summary>
    /// Working days that have begun since the due date: 0 until the next working day after it. An obligation due on the
    /// eve of the National Day holiday is not overdue during the holiday, only on the first working day after it.
    /// </summary>
    public static int OverdueWorkingDays(WorkingDayRules calendar, DateOnly dueOn, DateOnly today) =>
        today <= dueOn ? 0 : calendar.WorkingDaysBetween(dueOn, today);

    public static ObligationStatus StatusOf(WorkingDayRules calendar, DateOnly dueOn, DateOnly? metOn, DateOnly today, int reminderWorkingDays)
    {
        if (metOn is not null)
        {
            return ObligationStatus.Met;
        }
        if (today >= dueOn)
        {
            return OverdueWorkingDays(calendar, dueOn, today) > 0 ? ObligationStatus.Overdue : ObligationStatus.Due;
        }
        return calendar.WorkingDaysBetween(today, dueOn) <= reminderWorkingDays ? ObligationStatus.DueSoon : ObligationStatus.Upcoming;
    }
}
