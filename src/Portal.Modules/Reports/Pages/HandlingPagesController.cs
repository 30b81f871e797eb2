using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Handling;

namespace Portal.Modules.Reports.Pages;

/// <summary>The back-office pages of handling: the unit's queue, one report with its actions, and the supervisor's extension requests.</summary>
[Route("backoffice/reports")]
public sealed class HandlingPagesController(StaffScope staff, DepartmentDirectory departments, DecideExtension.Handler decide, TimeProvider clock) : BackOfficeController
{
    public sealed record ReportPage(GetHandledReport.Result Report, IReadOnlyList<DepartmentKind> Kinds, string? Done,
        IReadOnlyDictionary<string, string[]> Errors, string? Problem, ReadReporterIdentity.Result? Reporter, ReportActionBody? Typed);

    public sealed record ExtensionsPage(IReadOnlyList<DecideExtension.Pending> Pending, string? Done, string? Problem);

    private static readonly Dictionary<string, string[]> NoErrors = [];

    [HttpGet("")]
    public async Task<IActionResult> Queue([FromQuery] GetQueue.Query query, [FromQuery] string? format, [FromServices] GetQueue.Handler handler,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(await staff.RequireAsync(cancellationToken), query, cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.Succeeded)
        {
            // A refused filter shows the whole queue again, with the problem named.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var all = (await handler.HandleAsync(await staff.RequireAsync(cancellationToken), new GetQueue.Query(query.All), cancellationToken)).Value!;
            ViewData["Problem"] = outcome.Errors?.Values.SelectMany(v => v).FirstOrDefault();
            return View("~/Views/Handling/Queue.cshtml", all);
        }
        return string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? File(await QueueCsv.WriteAsync(outcome.Value!.Items, cancellationToken), "text/csv; charset=utf-8", $"queue-{ChinaTime.Today(clock):yyyyMMdd}.csv")
            : View("~/Views/Handling/Queue.cshtml", outcome.Value);
    }

    [HttpGet("/backoffice/supervision/reports/{id:int}")]
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Permissions.Supervise)]
    public async Task<IActionResult> Supervised(int id, [FromServices] GetHandledReport.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.SupervisedAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? View("~/Views/Handling/Supervised.cshtml", outcome.Value) : NotFound();
    }

    [HttpGet("identity-reads")]
    [Microsoft.AspNetCore.Authorization.Authorize(Policy = Permissions.Supervise)]
    public async Task<IActionResult> IdentityReads([FromServices] ListIdentityReads.Handler handler, CancellationToken cancellationToken) =>
        View("~/Views/Handling/IdentityReads.cshtml", await handler.HandleAsync(await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, string? done, [FromServices] GetHandledReport.Handler handler, CancellationToken cancellationToken) =>
        await PageAsync(id, done, NoErrors, null, null, null, StatusCodes.Status200OK, handler, cancellationToken);

    [HttpPost("{id:int}/actions")]
    public async Task<IActionResult> Act(int id, [FromForm] ReportActionBody body, [FromServices] ReportActions actions, [FromServices] GetHandledReport.Handler handler,
        CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var outcome = await actions.RunAsync(id, body, actor, cancellationToken);
        if (body.Action == ReportActions.DecideExtension)
        {
            return outcome.Succeeded ? Redirect("/backoffice/reports/extensions?done=decided") : await ExtensionsAsync(outcome.Detail ?? outcome.Errors?.Values.FirstOrDefault()?.FirstOrDefault(), cancellationToken);
        }
        if (outcome.Succeeded)
        {
            // A report transferred or passed up leaves this unit's queue: back to the queue, not to a page it can no longer open.
            return outcome.Value!.UnitId == actor.Unit.Id ? Redirect($"/backoffice/reports/{id}?done={body.Action}") : Redirect($"/backoffice/reports?done={body.Action}");
        }
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        return await PageAsync(id, null, outcome.Errors ?? NoErrors, outcome.Errors is null ? outcome.Detail : null, null, body,
            outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, handler, cancellationToken);
    }

    [HttpPost("{id:int}/reporter")]
    public async Task<IActionResult> Reporter(int id, [FromServices] ReadReporterIdentity.Handler read, [FromServices] GetHandledReport.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await read.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return await PageAsync(id, null, NoErrors, outcome.Succeeded ? null : outcome.Detail, outcome.Value, null,
            outcome.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status404NotFound, handler, cancellationToken);
    }

    [HttpGet("{id:int}/attachments/{attachmentId:long}")]
    public async Task<IActionResult> Evidence(int id, long attachmentId, [FromServices] OpenEvidence.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, attachmentId, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? File(outcome.Value!.Content, outcome.Value.ContentType, outcome.Value.FileName) : NotFound();
    }

    [HttpGet("extensions")]
    public async Task<IActionResult> Extensions(string? done, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        if (!actor.Has(Permissions.Supervise))
        {
            return Forbid();
        }
        return await ExtensionsAsync(null, cancellationToken, done);
    }

    private async Task<IActionResult> ExtensionsAsync(string? problem, CancellationToken cancellationToken, string? done = null)
    {
        var pending = await decide.PendingAsync(await staff.RequireAsync(cancellationToken), cancellationToken);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return View("~/Views/Handling/Extensions.cshtml", new ExtensionsPage(pending, done, problem));
    }

    private async Task<IActionResult> PageAsync(int id, string? done, IReadOnlyDictionary<string, string[]> errors, string? problem, ReadReporterIdentity.Result? reporter,
        ReportActionBody? typed, int status, GetHandledReport.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        Response.StatusCode = status;
        return View("~/Views/Handling/Report.cshtml", new ReportPage(outcome.Value!, await departments.KindsAsync(cancellationToken), done, errors, problem, reporter, typed));
    }
}
