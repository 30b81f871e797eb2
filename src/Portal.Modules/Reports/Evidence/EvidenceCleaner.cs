using Microsoft.Extensions.Options;
using Portal.Modules.Core.Files;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Evidence;

/// <summary>
/// Decides what a file is by its content, never by its name or the type the browser claims, and keeps nothing of it
/// but what it shows (docs/architecture.md, "Protecting people who report"): photos are re-encoded from their pixels,
/// videos remuxed without their metadata, PDFs drawn anew. A file that cannot be cleaned is answered null and
/// refused; nothing is ever stored as sent.
/// </summary>
public sealed class EvidenceCleaner(VideoCleaner video, PdfCleaner pdf, IOptions<ReportsOptions> options)
{
    public static EvidenceKind? KindOf(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return EvidenceKind.Jpeg;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return EvidenceKind.Png;
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return EvidenceKind.WebP;
        }
        if (head.StartsWith("%PDF-"u8))
        {
            return EvidenceKind.Pdf;
        }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            // HEIF/AVIF photos share the ISO box format with MP4 but are pictures, which we cannot clean here.
            return HeifBrands.Contains(System.Text.Encoding.ASCII.GetString(head[8..12])) ? null : EvidenceKind.Mp4;
        }
        return null;
    }

    /// <summary>The file with nothing but its content, or null when it is damaged or could not be cleaned.</summary>
    public async Task<byte[]?> CleanAsync(EvidenceKind kind, byte[] file, CancellationToken cancellationToken) => kind switch
    {
        EvidenceKind.Jpeg or EvidenceKind.Png or EvidenceKind.WebP => ImageCleaner.Clean(kind, file),
        EvidenceKind.Mp4 => await video.CleanAsync(file, cancellationToken),
        EvidenceKind.Pdf => await pdf.CleanAsync(file, options.Value.Mat2Path, options.Value.CleaningTimeout, keepText: false, cancellationToken),
        _ => null,
    };

    private static readonly HashSet<string> HeifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"];
}
