using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Core.Common;
using Portal.Modules.Reports.Captcha;
using Portal.Modules.Reports.Intake;
using Portal.Modules.Reports.Receipts;

namespace Portal.Modules.Reports.Api;

/// <summary>The citizen's side of docs/api.md: a captcha challenge, filing a report, reading its status, answering.</summary>
[Route("api/v1")]
public sealed class ReportsController : PortalApiController
{
    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet("captcha")]
    [Returns<PowChallenge>]
    public async Task<PowChallenge> Captcha([FromServices] ProofOfWork proofOfWork, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return await proofOfWork.CreateAsync(cancellationToken);
    }

    [EnableRateLimiting(RateLimits.PublicExport)]
    [HttpPost("reports")]
    // Evidence files travel with the report: the contract says multipart, as a browser's form with files sends it.
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(ReportUploadLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ReportUploadLimits.MaxRequestBytes)]
    [Returns<FileReport.Receipt>(StatusCodes.Status201Created)]
    public async Task<IActionResult> File([FromForm] ReportForm form, [FromServices] FileReport.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(form.ToCommand(), cancellationToken));

    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpPost("reports/status")]
    [Returns<GetReportStatus.Result>]
    public async Task<IActionResult> Status([FromBody] ReceiptBody body, [FromServices] GetReportStatus.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(new GetReportStatus.Query(body.TrackingCode, body.AccessKey), cancellationToken));

    [EnableRateLimiting(RateLimits.PublicExport)]
    [HttpPost("reports/messages")]
    [Returns<AnswerAsReporter.Result>]
    public async Task<IActionResult> Answer([FromBody] ReceiptBody body, [FromServices] AnswerAsReporter.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(new AnswerAsReporter.Command(body.TrackingCode, body.AccessKey, body.Text), cancellationToken));

    public sealed record ReceiptBody(string? TrackingCode, string? AccessKey, string? Text);
}

/// <summary>The multipart fields of docs/api.md's report, as the form and the API send them.</summary>
public sealed class ReportForm
{
    public string? Category { get; set; }
    public string? RegionCode { get; set; }
    public string? EnterpriseName { get; set; }
    public string? EnterpriseCreditCode { get; set; }
    public string? Address { get; set; }
    public string? Description { get; set; }
    public bool RealName { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public string? ReporterIdNumber { get; set; }
    public string? Captcha { get; set; }
    public List<IFormFile> Files { get; set; } = [];

    public FileReport.Command ToCommand() => new()
    {
        Category = Category,
        RegionCode = RegionCode,
        EnterpriseName = EnterpriseName,
        EnterpriseCreditCode = EnterpriseCreditCode,
        Address = Address,
        Description = Description,
        RealName = RealName,
        ReporterName = ReporterName,
        ReporterPhone = ReporterPhone,
        ReporterIdNumber = ReporterIdNumber,
        Captcha = Captcha,
        Files = Files.Select(f => new FileReport.IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList(),
    };
}

/// <summary>
/// The request size a report may reach before the server stops reading: above the evidence limits (so an
/// oversized file is refused by name, in Chinese) but bounded, so nobody can stream gigabytes at the form.
/// </summary>
public static class ReportUploadLimits
{
    public const long MaxRequestBytes = 110L * 1024 * 1024;
}

/// <summary>The reporter's later evidence: the receipt and the files.</summary>
public sealed class EvidenceForm
{
    public string? TrackingCode { get; set; }
    public string? AccessKey { get; set; }
    public List<IFormFile> Files { get; set; } = [];

    public AddEvidenceAsReporter.Command ToCommand() =>
        new(TrackingCode, AccessKey, Files.Select(f => new FileReport.IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList());
}
