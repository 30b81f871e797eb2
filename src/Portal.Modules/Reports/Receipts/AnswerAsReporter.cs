using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Receipts;

/// <summary>The reporter answers the handler (POST /api/v1/reports/messages). The day is kept, not the time.</summary>
public static class AnswerAsReporter
{
    public sealed record Command(string? TrackingCode, string? AccessKey, string? Text);

    public sealed record Result(DateOnly On);

    public sealed class Handler(PortalDbContext db, ReceiptAccess receipts, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var report = await receipts.OpenAsync(command.TrackingCode, command.AccessKey, tracked: false, cancellationToken);
            if (report is null)
            {
                return Outcome<Result>.NotFound(ReportsText.ReceiptNotFound);
            }
            var errors = new ValidationErrors()
                .Require("text", command.Text, ReportsText.MessageText)
                .MaxLength(command.Text, "text", ReportsText.MessageText, 2000);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var today = ChinaTime.Today(clock);
            db.ReportMessages().Add(new ReportMessage
            {
                ReportId = report.Id,
                FromReporter = true,
                At = ChinaTime.ToUtc(today.ToDateTime(TimeOnly.MinValue)),
                Text = command.Text!.Trim(),
                UnitId = report.UnitId,
            });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(today));
        }
    }
}
