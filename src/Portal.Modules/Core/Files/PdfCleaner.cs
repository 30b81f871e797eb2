namespace Portal.Modules.Core.Files;

/// <summary>
/// PDFs are cleaned by mat2 (Debian's metadata anonymisation toolkit), which draws every page anew into a fresh PDF:
/// document information (author, creator, producer, dates), XMP, embedded files, JavaScript, form fields and hidden
/// layers do not survive, because only what a page shows is drawn.
/// </summary>
public sealed class PdfCleaner(CleaningTool tool)
{
    /// <param name="keepText">Draw pages as they are, text staying text (mat2's lightweight mode), for a published document
    /// that people read and search; otherwise pages become pictures, for evidence, where nothing else may come along.</param>
    public Task<byte[]?> CleanAsync(byte[] file, string mat2Path, TimeSpan timeout, bool keepText, CancellationToken cancellationToken) =>
        tool.RunAsync(mat2Path, timeout, ".pdf", file, (input, _) => keepText ? ["--no-sandbox", "--lightweight", input] : ["--no-sandbox", input],
            "upload.cleaned.pdf", cancellationToken);
}
