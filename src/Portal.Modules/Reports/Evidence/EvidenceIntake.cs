using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Intake;

namespace Portal.Modules.Reports.Evidence;

/// <summary>
/// Reads uploaded evidence against the limits, decides each file's type by its content (not its name) and cleans it of
/// everything but its content, reporting every refusal by the file's name, in Chinese. Used when a report is filed and when its
/// reporter adds evidence later (the report's limits count what it already holds).
/// </summary>
public sealed class EvidenceIntake(IOptions<ReportsOptions> options, EvidenceCleaner cleaner)
{
    public async Task<List<(EvidenceKind Kind, byte[] Bytes)>> ReadAsync(IReadOnlyList<FileReport.IncomingFile> incoming, int heldFiles, long heldBytes,
        ValidationErrors errors, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var files = new List<(EvidenceKind, byte[])>();
        if (heldFiles + incoming.Count > o.MaxFiles)
        {
            errors.Add("files", string.Format(ReportsText.TooManyFiles, o.MaxFiles));
            return files;
        }
        if (heldBytes + incoming.Sum(f => f.Length) > o.MaxReportBytes)
        {
            errors.Add("files", string.Format(ReportsText.FilesTooLarge, ReportWords.Size(o.MaxReportBytes)));
            return files;
        }
        foreach (var file in incoming)
        {
            var shownName = Path.GetFileName(file.FileName);
            if (file.Length > o.MaxFileBytes)
            {
                errors.Add("files", string.Format(ReportsText.FileTooLarge, shownName, ReportWords.Size(o.MaxFileBytes)));
                continue;
            }
            using var buffer = new MemoryStream((int)file.Length);
            await using (var stream = file.Open())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }
            var bytes = buffer.ToArray();
            if (EvidenceCleaner.KindOf(bytes) is not { } kind)
            {
                errors.Add("files", string.Format(ReportsText.FileTypeRefused, shownName));
                continue;
            }
            if (await cleaner.CleanAsync(kind, bytes, cancellationToken) is not { } cleaned)
            {
                errors.Add("files", string.Format(ReportsText.FileDamaged, shownName));
                continue;
            }
            files.Add((kind, cleaned));
        }
        return files;
    }
}
