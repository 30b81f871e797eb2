using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Handling;
using Portal.Modules.Reports.Receipts;

namespace Portal.Modules.Reports.Api;

/// <summary>The handling unit's side of docs/api.md: its queue, one report, the audited identity read, and the actions.</summary>
[Route("api/v1")]
public sealed class HandlingController(StaffScope staff) : PortalApiController
{
    [Authorize(Policy = ReportsPermissions.HandleReports)]
    [HttpGet("queue")]
    [Returns<GetQueue.Result>]
    public async Task<IActionResult> Queue([FromQuery] GetQueue.Query query, [FromServices] GetQueue.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(await staff.RequireAsync(cancellationToken), query, cancellationToken));

    [Authorize(Policy = ReportsPermissions.HandleReports)]
    [HttpGet("reports/{id:int}")]
    [Returns<GetHandledReport.Result>]
    public async Task<IActionResult> Show(int id, [FromServices] GetHandledReport.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));

    /// <summary>A POST, not a GET: every read is recorded, so no prefetch or cache may trigger one.</summary>
    [Authorize(Policy = ReportsPermissions.HandleReports)]
    [HttpPost("reports/{id:int}/reporter")]
    [Returns<ReadReporterIdentity.Result>]
    public async Task<IActionResult> Reporter(int id, [FromServices] ReadReporterIdentity.Handler handler, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));
    }

    [Authorize(Policy = ReportsPermissions.HandleReports)]
    [HttpGet("reports/{id:int}/attachments/{attachmentId:long}")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/octet-stream")]
    public async Task<IActionResult> Evidence(int id, long attachmentId, [FromServices] OpenEvidence.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, attachmentId, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? File(outcome.Value!.Content, outcome.Value.ContentType, outcome.Value.FileName) : Problem(outcome);
    }

    [Authorize(Policy = Permissions.EnterBackOffice)]
    [HttpPost("reports/{id:int}/actions")]
    [Returns<HandledState>]
    public async Task<IActionResult> Act(int id, [FromBody] ReportActionBody body, [FromServices] ReportActions actions, CancellationToken cancellationToken) =>
        Respond(await actions.RunAsync(id, body, await staff.RequireAsync(cancellationToken), cancellationToken));

    [Authorize(Policy = Permissions.Supervise)]
    [HttpGet("supervision/reports/{id:int}")]
    [Returns<GetHandledReport.Result>]
    public async Task<IActionResult> Supervised(int id, [FromServices] GetHandledReport.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.SupervisedAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));

    [Authorize(Policy = Permissions.Supervise)]
    [HttpGet("reports/identity-reads")]
    [Returns<ListIdentityReads.Result>]
    public async Task<IActionResult> IdentityReads([FromServices] ListIdentityReads.Handler handler, CancellationToken cancellationToken) =>
        Ok(await handler.HandleAsync(await staff.RequireAsync(cancellationToken), cancellationToken));

    [Authorize(Policy = Permissions.Supervise)]
    [HttpGet("reports/extensions")]
    [Returns<IReadOnlyList<DecideExtension.Pending>>]
    public async Task<IActionResult> PendingExtensions([FromServices] DecideExtension.Handler handler, CancellationToken cancellationToken) =>
        Ok(await handler.PendingAsync(await staff.RequireAsync(cancellationToken), cancellationToken));

    [EnableRateLimiting(RateLimits.PublicExport)]
    [HttpPost("reports/evidence")]
    [RequestSizeLimit(ReportUploadLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ReportUploadLimits.MaxRequestBytes)]
    [Returns<AddEvidenceAsReporter.Result>]
    public async Task<IActionResult> AddEvidence([FromForm] EvidenceForm form, [FromServices] AddEvidenceAsReporter.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(form.ToCommand(), cancellationToken));
}
