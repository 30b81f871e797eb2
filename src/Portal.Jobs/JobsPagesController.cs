using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Jobs;

/// <summary>The administrators' jobs page: schedule, next run, recent runs on every node, and a button to run one now.</summary>
[Route("backoffice/jobs")]
[Authorize(Policy = Permissions.RunJobs)]
public sealed class JobsPagesController(JobRunner runner, Portal.Modules.Search.Index.IndexStatusReader index) : BackOfficeController
{
    /// <param name="Index">This node's search index, which each node keeps for itself (its job has no farm-wide history).</param>
    public sealed record JobsPage(JobRunner.Overview Overview, JobHistory.Run? Ran, string? Problem)
    {
        public Portal.Modules.Search.Index.IndexStatus? Index { get; init; }
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("~/Views/Jobs/Index.cshtml", new JobsPage(await runner.OverviewAsync(cancellationToken), null, null) { Index = await index.ReadAsync(cancellationToken) });

    [HttpPost("{name}/run")]
    public async Task<IActionResult> Run(string name, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunNowAsync(name, cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = outcome.Kind.HttpStatus();
        }
        return View("~/Views/Jobs/Index.cshtml", new JobsPage(await runner.OverviewAsync(cancellationToken), outcome.Value, outcome.Succeeded ? null : outcome.Detail)
        {
            Index = await index.ReadAsync(cancellationToken),
        });
    }
}
