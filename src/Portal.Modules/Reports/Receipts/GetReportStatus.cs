using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Receipts;

/// <summary>The reporter's view of a report (POST /api/v1/reports/status and the status page): steps and messages, nothing internal.</summary>
public static class GetReportStatus
{
    public sealed record Query(string? TrackingCode, string? AccessKey);

    public sealed record TimelineEntry(DateTime At, string Status, string StatusName, string Note);

    public sealed record MessageEntry(DateTime At, string From, string Text);

    public sealed record Result(string TrackingCode, string Status, string StatusName, string Category, string CategoryName, DateOnly SubmittedOn,
        string? Conclusion, string? PublicOutcome, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<MessageEntry> Messages);

    public sealed class Handler(PortalDbContext db, ReceiptAccess receipts)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var report = await receipts.OpenAsync(query.TrackingCode, query.AccessKey, tracked: false, cancellationToken);
            if (report is null)
            {
                return Outcome<Result>.NotFound(ReportsText.ReceiptNotFound);
            }
            var events = await db.ReportEvents().AsNoTracking().Where(e => e.ReportId == report.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            var messages = await db.ReportMessages().AsNoTracking().Where(m => m.ReportId == report.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(
                report.TrackingCode,
                WireValue.Of(report.Status),
                ReportWords.Status(report.Status),
                WireValue.Of(report.Category),
                ReportWords.Category(report.Category),
                report.SubmittedOn,
                report.Conclusion is { } c ? WireValue.Of(c) : null,
                report.PublicOutcome,
                events.Select(e => new TimelineEntry(e.At, WireValue.Of(e.Status), ReportWords.Status(e.Status), e.Note)).ToList(),
                messages.Select(m => new MessageEntry(m.At, m.FromReporter ? "reporter" : "handler", m.Text)).ToList()));
        }
    }
}
