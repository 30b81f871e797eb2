using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises;

[Route("api/v1/enterprises")]
public sealed class EnterprisesController(StaffScope staff) : PortalApiController
{
    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet("{creditCode}")]
    [Returns<GetEnterprise.Result>]
    public async Task<IActionResult> Get(string creditCode, [FromServices] GetEnterprise.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(creditCode, cancellationToken));

    public sealed record Body(
        string? Name,
        string? Address,
        string? RegionCode,
        string? Industry,
        string? Size,
        string? State,
        string? Ownership,
        IReadOnlyList<UpsertEnterprise.EquipmentInput>? Equipment);

    [HttpPut("{creditCode}")]
    [Authorize(Policy = Permissions.EditEnterprises)]
    [Returns<UpsertEnterprise.Result>]
    [Returns<UpsertEnterprise.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Put(string creditCode, [FromBody] Body body, [FromServices] UpsertEnterprise.Handler handler, CancellationToken cancellationToken)
    {
        var command = new UpsertEnterprise.Command(creditCode, body.Name, body.Address, body.RegionCode, body.Industry, body.Size, body.State, body.Ownership, body.Equipment);
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/enterprises/{r.CreditCode}" : null);
    }
}
