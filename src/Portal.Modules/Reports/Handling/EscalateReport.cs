using Portal.Modules.Core.Common;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>上报: a report beyond the unit's authority goes to the same kind of department one level up.</summary>
public static class EscalateReport
{
    public sealed class Handler(UnitReports reports, DepartmentDirectory departments, RegionDirectory regions)
    {
        public async Task<Outcome<HandledState>> HandleAsync(int id, string? reason, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            if (Reassign.CheckReason(reason, out var text) is { } reasonError)
            {
                return UnitReports.Refuse("reason", reasonError);
            }
            if (!UnitReports.IsOpen(report))
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionEscalate, ReportWords.Status(report.Status)));
            }
            var parent = (await regions.GetAsync(cancellationToken)).Find(actor.Unit.RegionCode)?.ParentCode;
            var unit = parent is null ? null : await departments.FindResponsibleUnitAsync(parent, actor.Unit.KindCode, cancellationToken);
            if (unit is null)
            {
                return Outcome<HandledState>.Conflict(ReportsText.NothingAbove);
            }
            Reassign.To(report, unit, actor, text, reports, await reports.CalendarAsync(cancellationToken));
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
