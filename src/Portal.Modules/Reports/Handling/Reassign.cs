using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>
/// Moves a report into another unit's queue, as a transfer (转办) or a hand-up: the new unit starts again from
/// signing for it within 3 working days; the reason stays internal, the reporter sees only where it went.
/// </summary>
internal static class Reassign
{
    public const int MaxReason = 500;

    public static void To(Report report, DepartmentUnit unit, StaffContext actor, string reason, UnitReports reports, WorkingDayRules calendar)
    {
        report.UnitId = unit.Id;
        report.Status = ReportStatus.Routed;
        report.RoutedOn = reports.Today;
        report.AcceptDueOn = calendar.AddWorkingDays(reports.Today, Routing.ReportRouter.AcceptWorkingDays);
        report.AcceptedOn = null;
        report.ConcludeDueOn = null;
        report.ExtendedTo = null;
        report.ExtensionRequestedTo = null;
        report.ExtensionReason = null;
        reports.Log(report, actor, string.Format(ReportsText.RoutedNote, unit.Name), string.Format(ReportsText.ReassignedInternal, actor.Unit.Name, reason));
    }

    public static string? CheckReason(string? reason, out string text)
    {
        text = reason?.Trim() ?? "";
        return text.Length == 0 ? ReportsText.ReasonRequired
            : text.Length > MaxReason ? string.Format(ReportsText.TooLong, ReportsText.Reason, MaxReason)
            : null;
    }
}
