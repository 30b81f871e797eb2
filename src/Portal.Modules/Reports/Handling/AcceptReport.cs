using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>签收: the unit takes the report on; from today it has 15 working days to conclude.</summary>
public static class AcceptReport
{
    public sealed class Handler(UnitReports reports)
    {
        public async Task<Outcome<HandledState>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            if (report.Status != ReportStatus.Routed)
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionAccept, ReportWords.Status(report.Status)));
            }
            var calendar = await reports.CalendarAsync(cancellationToken);
            report.Status = ReportStatus.Accepted;
            report.AcceptedOn = reports.Today;
            report.ConcludeDueOn = calendar.AddWorkingDays(reports.Today, UnitReports.ConcludeWorkingDays);
            reports.Log(report, actor, string.Format(ReportsText.AcceptedNote, actor.Unit.Name));
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
