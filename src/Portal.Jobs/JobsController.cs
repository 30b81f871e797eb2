using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Jobs;

/// <summary>docs/api.md: the administrators' view of the scheduled jobs, and running one now.</summary>
[Route("api/v1/admin/jobs")]
[Authorize(Policy = Permissions.RunJobs)]
public sealed class JobsController(JobRunner runner) : PortalApiController
{
    [HttpGet]
    [Returns<JobRunner.Overview>]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => Ok(await runner.OverviewAsync(cancellationToken));

    /// <summary>Runs the job now and answers when it has finished, with what it reported.</summary>
    [HttpPost("{name}/run")]
    [Returns<JobHistory.Run>]
    public async Task<IActionResult> Run(string name, CancellationToken cancellationToken) => Respond(await runner.RunNowAsync(name, cancellationToken));
}
