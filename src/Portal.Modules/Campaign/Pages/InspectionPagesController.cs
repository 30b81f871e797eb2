using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.Inspections;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Pages;

/// <summary>检查记录 in the back office: the year's records of the unit's area, and the form a county fills on return from site.</summary>
[Route("backoffice/campaign/inspections")]
public sealed class InspectionPagesController(StaffScope staff, ListInspections.Handler list) : BackOfficeController
{
    /// <summary>Blank item rows offered by the form; rows left empty are not sent on.</summary>
    public const int FormRows = 8;

    public sealed record ListPage(ListInspections.Result Inspections, bool CanRecord, int? Recorded, RecordInspection.Command? Typed,
        IReadOnlyDictionary<string, string[]> Errors, string? Problem);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int? year, [FromQuery] int? recorded, CancellationToken cancellationToken) =>
        await PageAsync(year, recorded, null, new Dictionary<string, string[]>(), null, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Record([FromForm] RecordInspection.Command command, [FromServices] RecordInspection.Handler handler, CancellationToken cancellationToken)
    {
        // A browser sends every row of the form; the ones nobody filled in are not items.
        var filled = command with { Items = command.Items?.Where(i => i is not null && !IsBlank(i)).ToList() };
        var outcome = await handler.HandleAsync(filled, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/campaign/inspections?year={outcome.Value!.Year}&recorded={outcome.Value.Id}");
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return await PageAsync(command.InspectedOn?.Year, null, command, outcome.Errors ?? new Dictionary<string, string[]>(), outcome.Errors is null ? outcome.Detail : null,
            cancellationToken);
    }

    private static bool IsBlank(RecordInspection.ItemInput item) =>
        string.IsNullOrWhiteSpace(item.Name) && string.IsNullOrWhiteSpace(item.Result) && item.Measured is null && item.Limit is null
        && string.IsNullOrWhiteSpace(item.Unit) && string.IsNullOrWhiteSpace(item.Basis) && string.IsNullOrWhiteSpace(item.Note);

    private async Task<IActionResult> PageAsync(int? year, int? recorded, RecordInspection.Command? typed, IReadOnlyDictionary<string, string[]> errors, string? problem,
        CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var inspections = (await list.HandleAsync(new ListInspections.Query(year, null, null), actor, cancellationToken)).Value!;
        return View("~/Views/Campaign/Inspections.cshtml", new ListPage(inspections, actor.Has(CampaignPermissions.RecordInspections), recorded, typed, errors, problem));
    }
}
