using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Microsoft.Extensions.Hosting;
using Portal.Modules.Search.Index;

namespace Portal.Modules.Search.Admin;

/// <summary>The index on the node that answers: its state, a rebuild aside with progress, a check against the database.</summary>
[Authorize(Policy = Permissions.RunJobs)]
public sealed class SearchAdminController(IndexStatusReader status, IndexMaintenance maintenance, IHostApplicationLifetime lifetime) : BackOfficeController
{
    [HttpGet("backoffice/search")]
    public async Task<IActionResult> Index(string? message, CancellationToken cancellationToken) =>
        View("~/Views/SearchAdmin/Index.cshtml", (await status.ReadAsync(cancellationToken), message));

    [HttpPost("backoffice/search/rebuild")]
    public IActionResult Rebuild() =>
        RedirectToAction(nameof(Index), new { message = maintenance.StartRebuild(lifetime.ApplicationStopping) ? SearchText.RebuildStarted : SearchText.RebuildRunning });

    [HttpPost("backoffice/search/check")]
    public async Task<IActionResult> Check(CancellationToken cancellationToken)
    {
        var result = await maintenance.CheckAsync(cancellationToken);
        return RedirectToAction(nameof(Index), new { message = result is null ? SearchText.StateMissing : IndexStatusReader.Describe(result) });
    }
}

/// <summary>The same for programs (bearer token): the <c>search-index</c> job of docs/api.md is the catch-up.</summary>
[Route("")]
[Authorize(Policy = Permissions.RunJobs)]
public sealed class SearchAdminApiController(IndexStatusReader status, IndexMaintenance maintenance, IHostApplicationLifetime lifetime) : PortalApiController
{
    [HttpGet("api/v1/admin/search")]
    [Produces("application/json")]
    [Returns<IndexStatus>]
    public async Task<IndexStatus> Status(CancellationToken cancellationToken) => await status.ReadAsync(cancellationToken);

    /// <summary>Starts a rebuild in the background and answers at once; follow it with GET /api/v1/admin/search.</summary>
    [HttpPost("api/v1/admin/search/rebuild")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public IActionResult RebuildApi() => maintenance.StartRebuild(lifetime.ApplicationStopping)
        ? Accepted("/api/v1/admin/search")
        : Busy(SearchText.RebuildRunning);

    /// <summary>Replays the task log on this node now (the <c>search-index</c> job of docs/api.md), then reports the state.</summary>
    [HttpPost("api/v1/admin/search/catch-up")]
    [Returns<IndexStatus>]
    public async Task<IndexStatus> CatchUp(CancellationToken cancellationToken)
    {
        await maintenance.CatchUpAsync(cancellationToken);
        return await status.ReadAsync(cancellationToken);
    }

    [HttpPost("api/v1/admin/search/check")]
    [Returns<CheckResult>]
    public async Task<IActionResult> CheckApi(CancellationToken cancellationToken) =>
        await maintenance.CheckAsync(cancellationToken) is { } result ? Ok(result) : Busy(SearchText.StateMissing);

    private IActionResult Busy(string detail) => Problem(Outcome<object>.Conflict(detail));
}
