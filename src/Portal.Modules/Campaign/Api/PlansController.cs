using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Plans;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Api;

/// <summary>The county plan's rows (docs/api.md): targets for 附表3, help tasks for 附表4, and their progress.</summary>
[Route("api/v1")]
public sealed class PlansController(StaffScope staff) : PortalApiController
{
    [HttpGet("plan")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<ListPlan.Result>]
    public async Task<IActionResult> List([FromQuery] ListPlan.Query query, [FromServices] ListPlan.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(query, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("targets")]
    [Authorize(Policy = CampaignPermissions.EditPlans)]
    [Returns<SetTarget.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> SetTarget([FromBody] SetTarget.Command command, [FromServices] SetTarget.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/targets/{r.Id}" : null);
    }

    [HttpPost("targets/{id:int}/progress")]
    [Authorize(Policy = CampaignPermissions.EditPlans)]
    [Returns<RecordProgress.Result>]
    public async Task<IActionResult> TargetProgress(int id, [FromBody] RecordProgress.Command command, [FromServices] RecordProgress.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync<Target>(id, command, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("help-tasks")]
    [Authorize(Policy = CampaignPermissions.EditPlans)]
    [Returns<AddHelpTask.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> AddHelpTask([FromBody] AddHelpTask.Command command, [FromServices] AddHelpTask.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/help-tasks/{r.Id}" : null);
    }

    [HttpPost("help-tasks/{id:int}/progress")]
    [Authorize(Policy = CampaignPermissions.EditPlans)]
    [Returns<RecordProgress.Result>]
    public async Task<IActionResult> HelpTaskProgress(int id, [FromBody] RecordProgress.Command command, [FromServices] RecordProgress.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync<HelpTask>(id, command, await staff.RequireAsync(cancellationToken), cancellationToken));
}
