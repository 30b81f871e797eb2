using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;
using Portal.Modules.Reports.Api;
using Portal.Modules.Reports.Intake;
using Portal.Modules.Reports.Outcomes;
using Portal.Modules.Reports.Receipts;

namespace Portal.Modules.Reports.Pages;

/// <summary>
/// The citizen's pages: the report form, the receipt (shown once), the status page opened with the receipt, and the
/// published outcomes. Nothing here is cached: a receipt or a status page must never be served to someone else.
/// </summary>
[EnableRateLimiting(RateLimits.PublicRead)]
public sealed class ReportPagesController(RegionDirectory regions) : Controller
{
    public sealed record FormPage(ReportForm Form, IReadOnlyDictionary<string, string[]> Errors, RegionTree Regions);

    public sealed record StatusPage(string? TrackingCode, string? AccessKey, GetReportStatus.Result? Status, string? Done,
        IReadOnlyDictionary<string, string[]> Errors, string? Problem);

    private static readonly Dictionary<string, string[]> NoErrors = [];

    /// <summary>The field the reCAPTCHA widget fills, when it is the configured captcha.</summary>
    private const string ReCaptchaField = "g-recaptcha-response";

    [HttpGet("/report")]
    public async Task<IActionResult> Form(CancellationToken cancellationToken) =>
        NoStore(View("~/Views/ReportPages/Form.cshtml", new FormPage(new ReportForm(), NoErrors, await regions.GetAsync(cancellationToken))));

    [EnableRateLimiting(RateLimits.PublicExport)]
    [HttpPost("/report")]
    [RequestSizeLimit(ReportUploadLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ReportUploadLimits.MaxRequestBytes)]
    public async Task<IActionResult> File([FromForm] ReportForm form, [FromServices] FileReport.Handler handler, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(form.Captcha) && Request.Form.TryGetValue(ReCaptchaField, out var token))
        {
            form.Captcha = token;
        }
        var outcome = await handler.HandleAsync(form.ToCommand(), cancellationToken);
        if (outcome.Succeeded)
        {
            return NoStore(View("~/Views/ReportPages/Receipt.cshtml", outcome.Value));
        }
        var errors = outcome.Errors ?? new Dictionary<string, string[]> { [""] = [outcome.Detail ?? ""] };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return NoStore(View("~/Views/ReportPages/Form.cshtml", new FormPage(form, errors, await regions.GetAsync(cancellationToken))));
    }

    [HttpGet("/report/status")]
    public IActionResult StatusForm() => NoStore(View("~/Views/ReportPages/Status.cshtml", new StatusPage(null, null, null, null, NoErrors, null)));

    /// <summary>The receipt travels in a POST body, never in an address that could end up in a history, a log or a referrer.</summary>
    [HttpPost("/report/status")]
    public Task<IActionResult> Status([FromForm] ReportsController.ReceiptBody receipt, [FromServices] GetReportStatus.Handler handler, CancellationToken cancellationToken) =>
        StatusAsync(receipt, null, NoErrors, null, handler, cancellationToken);

    [EnableRateLimiting(RateLimits.PublicExport)]
    [HttpPost("/report/status/messages")]
    public async Task<IActionResult> Answer([FromForm] ReportsController.ReceiptBody receipt, [FromServices] AnswerAsReporter.Handler answer, [FromServices] GetReportStatus.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await answer.HandleAsync(new AnswerAsReporter.Command(receipt.TrackingCode, receipt.AccessKey, receipt.Text), cancellationToken);
        return await StatusAsync(receipt, outcome.Succeeded ? ReportsText.AnswerSent : null, outcome.Errors ?? NoErrors, outcome.Succeeded || outcome.Errors is not null ? null : outcome.Detail, handler, cancellationToken);
    }

    [EnableRateLimiting(RateLimits.PublicExport)]
    [HttpPost("/report/status/evidence")]
    [RequestSizeLimit(ReportUploadLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ReportUploadLimits.MaxRequestBytes)]
    public async Task<IActionResult> AddEvidence([FromForm] EvidenceForm form, [FromServices] AddEvidenceAsReporter.Handler add, [FromServices] GetReportStatus.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await add.HandleAsync(form.ToCommand(), cancellationToken);
        var receipt = new ReportsController.ReceiptBody(form.TrackingCode, form.AccessKey, null);
        return await StatusAsync(receipt, outcome.Succeeded ? string.Format(ReportsText.EvidenceAdded, outcome.Value!.Added) : null, outcome.Errors ?? NoErrors,
            outcome.Succeeded || outcome.Errors is not null ? null : outcome.Detail, handler, cancellationToken);
    }

    /// <summary>The telephone, letter and e-mail channels of each level, from configuration.</summary>
    [HttpGet("/report/channels")]
    public IActionResult Channels([FromServices] Microsoft.Extensions.Options.IOptions<ReportsOptions> options) =>
        View("~/Views/ReportPages/Channels.cshtml", options.Value.Channels.Count > 0
            ? options.Value.Channels
            : [new ReportChannel { Level = ReportsText.ChannelDefaultLevel, Unit = ReportsText.ChannelDefaultUnit, Hotline = "12345", Hours = ReportsText.ChannelDefaultHours }]);

    [HttpGet("/report/outcomes")]
    public async Task<IActionResult> Outcomes([FromQuery] int page, [FromServices] ListPublishedOutcomes.Handler handler, CancellationToken cancellationToken) =>
        View("~/Views/ReportPages/Outcomes.cshtml", await handler.HandleAsync(page, cancellationToken));

    private async Task<IActionResult> StatusAsync(ReportsController.ReceiptBody receipt, string? done, IReadOnlyDictionary<string, string[]> errors, string? problem,
        GetReportStatus.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new GetReportStatus.Query(receipt.TrackingCode, receipt.AccessKey), cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return NoStore(View("~/Views/ReportPages/Status.cshtml", new StatusPage(receipt.TrackingCode, null, null, null, NoErrors, outcome.Detail)));
        }
        if (errors.Count > 0 || problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return NoStore(View("~/Views/ReportPages/Status.cshtml", new StatusPage(receipt.TrackingCode, receipt.AccessKey, outcome.Value, done, errors, problem)));
    }

    private IActionResult NoStore(IActionResult result)
    {
        Response.Headers.CacheControl = "no-store";
        return result;
    }
}
