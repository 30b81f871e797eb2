using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>办结. A real-name reporter is owed a check and an answer (seeds/003): no close without both on record.</summary>
public static class CloseReport
{
    public sealed class Handler(UnitReports reports)
    {
        public async Task<Outcome<HandledState>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            if (report.Status != ReportStatus.Concluded)
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionClose, ReportWords.Status(report.Status)));
            }
            if (report.RealName && !await reports.HasVerificationAsync(report.Id, cancellationToken))
            {
                return Outcome<HandledState>.Conflict(ReportsText.RealNameNeedsVerification);
            }
            if (report.RealName && !await reports.HasReplyAsync(report.Id, cancellationToken))
            {
                return Outcome<HandledState>.Conflict(ReportsText.RealNameNeedsReply);
            }
            report.Status = ReportStatus.Closed;
            report.ClosedOn = reports.Today;
            reports.Log(report, actor, ReportsText.ClosedNote);
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
