using Portal.Modules.Core.Common;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>转办: a misrouted report goes to the department that should check it, at the report's region or one named.</summary>
public static class TransferReport
{
    public sealed record Command(int Id, string? Department, string? RegionCode, string? Reason);

    public sealed class Handler(UnitReports reports, DepartmentDirectory departments, RegionDirectory regions)
    {
        public async Task<Outcome<HandledState>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(command.Id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            var errors = new ValidationErrors();
            if (Reassign.CheckReason(command.Reason, out var reason) is { } reasonError)
            {
                errors.Add("reason", reasonError);
            }
            var kinds = await departments.KindsAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(command.Department))
            {
                errors.Add("department", ReportsText.TransferDepartmentRequired);
            }
            else if (kinds.All(k => k.Code != command.Department))
            {
                errors.Add("department", string.Format(ReportsText.UnknownDepartment, command.Department));
            }
            var regionCode = string.IsNullOrWhiteSpace(command.RegionCode) ? report.RegionCode : command.RegionCode.Trim();
            if ((await regions.GetAsync(cancellationToken)).Find(regionCode) is null)
            {
                errors.Add("regionCode", string.Format(ReportsText.UnknownRegion, regionCode));
            }
            if (!errors.IsEmpty)
            {
                return Outcome<HandledState>.Invalid(errors);
            }
            if (!UnitReports.IsOpen(report))
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionTransfer, ReportWords.Status(report.Status)));
            }
            var unit = await departments.FindResponsibleUnitAsync(regionCode, command.Department!, cancellationToken);
            if (unit is null)
            {
                return UnitReports.Refuse("department", ReportsText.NoSuchUnit);
            }
            if (unit.Id == actor.Unit.Id)
            {
                return UnitReports.Refuse("department", ReportsText.TransferToSelf);
            }
            Reassign.To(report, unit, actor, reason, reports, await reports.CalendarAsync(cancellationToken));
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
