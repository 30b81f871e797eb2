using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>What one run of the deadline sweep works from: its day, the calendar, the regions and units, and the tables it grows.</summary>
public sealed record SweepContext(DateOnly Today, DateTime Now, WorkingDayRules Rules, RegionTree Tree, Dictionary<int, DepartmentUnit> Units,
    TableStatistics<Obligation> Obligations, TableStatistics<CreditRecord> Credit, int ReminderWorkingDays)
{
    /// <summary>Where a row stands today on the working-day calendar; a row that moves into a state people hear about awaits its notices.</summary>
    public void SetStatus(Obligation row, bool isNew)
    {
        row.MetOn ??= row.FulfilledOn;
        var status = ObligationClock.StatusOf(Rules, row.DueOn, row.MetOn, Today, ReminderWorkingDays);
        if (status == row.Status && !isNew)
        {
            return;
        }
        row.Status = status;
        row.NoticePending = status is ObligationStatus.DueSoon or ObligationStatus.Due or ObligationStatus.Overdue;
        row.UpdatedAt = Now;
    }
}
