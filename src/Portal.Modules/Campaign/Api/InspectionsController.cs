using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.Inspections;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Api;

/// <summary>The campaign's inspection records (docs/api.md): a county records what it found; its unit and the levels above read it.</summary>
[Route("api/v1")]
public sealed class InspectionsController(StaffScope staff) : PortalApiController
{
    [HttpPost("inspections")]
    [Authorize(Policy = CampaignPermissions.RecordInspections)]
    [Returns<RecordInspection.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Record([FromBody] RecordInspection.Command command, [FromServices] RecordInspection.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/inspections/{r.Id}" : null);
    }

    [HttpGet("inspections")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<ListInspections.Result>]
    public async Task<IActionResult> List([FromQuery] ListInspections.Query query, [FromServices] ListInspections.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(query, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("inspections/{id:int}")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<GetInspection.Result>]
    public async Task<IActionResult> Get(int id, [FromServices] GetInspection.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));
}
