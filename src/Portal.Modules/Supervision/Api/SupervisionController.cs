using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Dashboard;
using Portal.Modules.Supervision.Obligations;
using Portal.Modules.Supervision.Overdue;
using Portal.Modules.Supervision.Urging;

namespace Portal.Modules.Supervision.Api;

/// <summary>Supervision in docs/api.md: overdue work, the dashboard's figures and their rows; a unit's own deadlines and fulfilments.</summary>
[Route("api/v1")]
public sealed class SupervisionController(StaffScope staff) : PortalApiController
{
    [Authorize(Policy = Permissions.Supervise)]
    [HttpGet("supervision/overdue")]
    [Returns<IReadOnlyList<GetOverdue.Item>>]
    public async Task<IActionResult> Overdue([FromQuery] string? regionCode, [FromServices] GetOverdue.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(await staff.RequireAsync(cancellationToken), regionCode, cancellationToken));

    [Authorize(Policy = Permissions.Supervise)]
    [HttpGet("supervision/dashboard")]
    [Returns<GetDashboard.Result>]
    public async Task<IActionResult> Dashboard([FromQuery] string? regionCode, [FromServices] GetDashboard.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(await staff.RequireAsync(cancellationToken), regionCode, cancellationToken));

    [Authorize(Policy = Permissions.Supervise)]
    [HttpGet("supervision/obligations")]
    [Returns<ListObligations.Result>]
    public async Task<IActionResult> Obligations([FromQuery] ListObligations.Query query, [FromQuery] string? format, [FromServices] ListObligations.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(await staff.RequireAsync(cancellationToken), query, cancellationToken);
        if (!outcome.Succeeded || !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return Respond(outcome);
        }
        var name = $"obligations-{outcome.Value!.RegionCode}.csv";
        return File(await ObligationsCsv.WriteAsync(outcome.Value.Items, cancellationToken), "text/csv; charset=utf-8", name);
    }

    [Authorize(Policy = Permissions.EnterBackOffice)]
    [HttpGet("obligations")]
    [Returns<GetUnitObligations.Result>]
    public async Task<IActionResult> Own([FromQuery] bool all, [FromServices] GetUnitObligations.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(await staff.RequireAsync(cancellationToken), all, cancellationToken));

    [Authorize(Policy = Permissions.EnterBackOffice)]
    [HttpPost("obligations/{id:long}/fulfilment")]
    [Returns<FulfilObligation.Result>]
    public async Task<IActionResult> Fulfil(long id, [FromBody] FulfilObligation.Command command, [FromServices] FulfilObligation.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken));

    [Authorize(Policy = Permissions.Supervise)]
    [HttpGet("supervision/obligations/{id:long}/urgings")]
    [Returns<GetUrgings.Result>]
    public async Task<IActionResult> Urgings(long id, [FromServices] GetUrgings.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));

    [Authorize(Policy = Permissions.Supervise)]
    [HttpPost("supervision/obligations/{id:long}/urgings")]
    [Returns<UrgeUnit.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Urge(long id, [FromBody] UrgeUnit.Command command, [FromServices] UrgeUnit.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/supervision/obligations/{r.ObligationId}/urgings" : null);
    }
}
