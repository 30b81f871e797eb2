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
        // Both tests look only as far as the next working days, not across the years between an old due date and today.
        if (today >= dueOn)
        {
            return calendar.OnOrNextWorkingDay(dueOn.AddDays(1)) <= today ? ObligationStatus.Overdue : ObligationStatus.Due;
        }
        return dueOn < calendar.AddWorkingDays(today, reminderWorkingDays + 1) ? ObligationStatus.DueSoon : ObligationStatus.Upcoming;
    }
}
