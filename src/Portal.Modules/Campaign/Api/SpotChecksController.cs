using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.SpotChecks;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Api;

/// <summary>The city's on-site spot-checks of its counties' inspections (docs/api.md).</summary>
[Route("api/v1/spot-checks")]
public sealed class SpotChecksController(StaffScope staff) : PortalApiController
{
    [HttpPost]
    [Authorize(Policy = CampaignPermissions.SpotCheck)]
    [Returns<DrawSpotCheck.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Draw([FromBody] DrawSpotCheck.Command command, [FromServices] DrawSpotCheck.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/spot-checks/{r.Id}" : null);
    }

    [HttpGet]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<ListSpotChecks.Result>]
    public async Task<IActionResult> List([FromQuery] ListSpotChecks.Query query, [FromServices] ListSpotChecks.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(query, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("{id:int}")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<GetSpotCheck.Result>]
    public async Task<IActionResult> Get(int id, [FromServices] GetSpotCheck.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("{id:int}/items/{order:int}")]
    [Authorize(Policy = CampaignPermissions.SpotCheck)]
    [Returns<RecordSpotCheckResult.Result>]
    public async Task<IActionResult> Record(int id, int order, [FromBody] RecordSpotCheckResult.Command command, [FromServices] RecordSpotCheckResult.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, order, command, await staff.RequireAsync(cancellationToken), cancellationToken));
}
