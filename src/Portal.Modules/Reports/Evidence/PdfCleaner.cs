using Microsoft.Extensions.Options;

namespace Portal.Modules.Reports.Evidence;

/// <summary>
/// PDFs are cleaned by mat2 (Debian's metadata anonymisation toolkit), which draws every page anew into a fresh PDF:
/// document information (author, creator, producer, dates), XMP, embedded files, JavaScript, form fields and hidden
/// layers do not survive, because only what a page shows is drawn. The pages become pictures, which is the price of
/// knowing that nothing else came along.
/// </summary>
public sealed class PdfCleaner(CleaningTool tool, IOptions<ReportsOptions> options)
{
    public Task<byte[]?> CleanAsync(byte[] file, CancellationToken cancellationToken) =>
        tool.RunAsync(options.Value.Mat2Path, ".pdf", file, (input, _) => ["--no-sandbox", input], "evidence.cleaned.pdf", cancellationToken);
}
