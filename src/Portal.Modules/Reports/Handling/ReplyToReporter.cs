using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>A message from the handling unit that the reporter reads on the status page with the receipt.</summary>
public static class ReplyToReporter
{
    public const int MaxText = 2000;

    public sealed class Handler(UnitReports reports, PortalDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<HandledState>> HandleAsync(int id, string? text, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            var body = text?.Trim() ?? "";
            if (body.Length == 0)
            {
                return UnitReports.Refuse("text", ReportsText.ReplyRequired);
            }
            if (body.Length > MaxText)
            {
                return UnitReports.Refuse("text", string.Format(ReportsText.TooLong, ReportsText.MessageText, MaxText));
            }
            if (report.Status is ReportStatus.Received or ReportStatus.Closed)
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionMessage, ReportWords.Status(report.Status)));
            }
            db.ReportMessages().Add(new ReportMessage { ReportId = report.Id, FromReporter = false, At = clock.GetUtcNow().UtcDateTime, Text = body, UnitId = actor.Unit.Id });
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
