using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Evidence;

namespace Portal.Modules.Reports.Handling;

/// <summary>An evidence file, for the handling unit only.</summary>
public static class OpenEvidence
{
    public sealed record Result(Stream Content, string ContentType, string FileName);

    public sealed class Handler(PortalDbContext db, UnitReports reports, EvidenceStore store)
    {
        public async Task<Outcome<Result>> HandleAsync(int reportId, long attachmentId, StaffContext actor, CancellationToken cancellationToken)
        {
            var report = await reports.OwnAsync(reportId, actor, cancellationToken);
            var file = report is null ? null
                : await db.ReportAttachments().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ReportId == reportId, cancellationToken);
            if (file is null || store.OpenRead(file.StoredName) is not { } content)
            {
                return Outcome<Result>.NotFound(ReportsText.EvidenceNotFound);
            }
            var (type, extension) = file.Kind switch
            {
                EvidenceKind.Jpeg => ("image/jpeg", "jpg"),
                EvidenceKind.Png => ("image/png", "png"),
                EvidenceKind.Pdf => ("application/pdf", "pdf"),
                EvidenceKind.WebP => ("image/webp", "webp"),
                _ => ("video/mp4", "mp4"),
            };
            return Outcome<Result>.Ok(new Result(content, type, $"{report!.TrackingCode}-{file.Id}.{extension}"));
        }
    }
}
