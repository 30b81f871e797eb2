using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Evidence;
using Portal.Modules.Reports.Intake;

namespace Portal.Modules.Reports.Receipts;

/// <summary>The reporter adds evidence to an open report with the receipt; the same checks and stripping as at filing.</summary>
public static class AddEvidenceAsReporter
{
    public sealed record Command(string? TrackingCode, string? AccessKey, IReadOnlyList<FileReport.IncomingFile> Files);

    public sealed record Result(int Added);

    public sealed class Handler(PortalDbContext db, ReceiptAccess receipts, EvidenceIntake intake, EvidenceStore store, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var report = await receipts.OpenAsync(command.TrackingCode, command.AccessKey, tracked: false, cancellationToken);
            if (report is null)
            {
                return Outcome<Result>.NotFound(ReportsText.ReceiptNotFound);
            }
            var errors = new ValidationErrors();
            if (command.Files.Count == 0)
            {
                return Outcome<Result>.Invalid(errors.Add("files", ReportsText.NoFilesChosen));
            }
            if (report.Status == ReportStatus.Closed)
            {
                return Outcome<Result>.Conflict(ReportsText.ReportClosedNoEvidence);
            }
            var held = await db.ReportAttachments().Where(a => a.ReportId == report.Id).Select(a => a.Size).ToListAsync(cancellationToken);
            var files = await intake.ReadAsync(command.Files, held.Count, held.Sum(), errors, cancellationToken);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var today = ChinaTime.Today(clock);
            var stored = new List<string>();
            try
            {
                foreach (var (kind, bytes) in files)
                {
                    var (name, sha256) = await store.SaveAsync(bytes, cancellationToken);
                    stored.Add(name);
                    db.ReportAttachments().Add(new ReportAttachment { ReportId = report.Id, Kind = kind, Size = bytes.Length, Sha256 = sha256, StoredName = name, FromReporter = true, AddedOn = today });
                }
                db.ReportEvents().Add(new ReportEvent
                {
                    ReportId = report.Id,
                    At = ChinaTime.ToUtc(today.ToDateTime(TimeOnly.MinValue)),
                    Status = report.Status,
                    Note = string.Format(ReportsText.EvidenceAddedNote, files.Count),
                });
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                store.Delete(stored);
                throw;
            }
            return Outcome<Result>.Ok(new Result(files.Count));
        }
    }
}
