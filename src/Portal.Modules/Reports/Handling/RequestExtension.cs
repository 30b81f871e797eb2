using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>
/// A unit that cannot conclude in 15 working days asks once for more time, with a reason; a supervisor decides
/// (<see cref="DecideExtension"/>). At most another 15 working days, so one extension cannot park a report.
/// </summary>
public static class RequestExtension
{
    public sealed record Command(int Id, DateOnly? Until, string? Reason);

    public sealed class Handler(UnitReports reports)
    {
        public async Task<Outcome<HandledState>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(command.Id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            if (report.Status is not (ReportStatus.Accepted or ReportStatus.Verifying) || report.ConcludeDueOn is not { } due)
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionExtension, ReportWords.Status(report.Status)));
            }
            if (report.ExtendedTo is not null)
            {
                return Outcome<HandledState>.Conflict(ReportsText.ExtensionOnlyOnce);
            }
            if (report.ExtensionRequestedTo is not null)
            {
                return Outcome<HandledState>.Conflict(ReportsText.ExtensionPending);
            }
            var errors = new ValidationErrors();
            if (Reassign.CheckReason(command.Reason, out var reason) is { } reasonError)
            {
                errors.Add("reason", reasonError);
            }
            var latest = (await reports.CalendarAsync(cancellationToken)).AddWorkingDays(due, UnitReports.ConcludeWorkingDays);
            if (command.Until is not { } until)
            {
                errors.Add("until", ReportsText.ExtensionDateRequired);
            }
            else if (until <= due || until > latest)
            {
                errors.Add("until", string.Format(ReportsText.ExtensionDateRange, due, latest));
            }
            if (!errors.IsEmpty)
            {
                return Outcome<HandledState>.Invalid(errors);
            }
            report.ExtensionRequestedTo = command.Until;
            report.ExtensionReason = reason;
            reports.Log(report, actor, ReportsText.ExtensionRequestedNote, string.Format(ReportsText.ExtensionRequestedInternal, command.Until, reason));
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
