using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>核查: a record of what the unit checked and found. The findings stay internal; the reporter sees that checking is under way.</summary>
public static class RecordVerification
{
    public const int MaxFindings = 5000;

    public sealed class Handler(UnitReports reports)
    {
        public async Task<Outcome<HandledState>> HandleAsync(int id, string? findings, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            var text = findings?.Trim() ?? "";
            if (text.Length < 10)
            {
                return UnitReports.Refuse("findings", ReportsText.FindingsRequired);
            }
            if (text.Length > MaxFindings)
            {
                return UnitReports.Refuse("findings", string.Format(ReportsText.TooLong, ReportsText.Findings, MaxFindings));
            }
            if (report.Status is not (ReportStatus.Accepted or ReportStatus.Verifying))
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionVerify, ReportWords.Status(report.Status)));
            }
            report.Status = ReportStatus.Verifying;
            reports.Log(report, actor, ReportsText.VerifyingNote, text);
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
