using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.SpotChecks;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Pages;

/// <summary>现场抽查复核 in the back office: the year's spot-checks, the draw, and each drawn enterprise's result.</summary>
[Route("backoffice/campaign/spot-checks")]
public sealed class SpotCheckPagesController(StaffScope staff, NameDirectory names) : BackOfficeController
{
    public sealed record ListPage(ListSpotChecks.Result Checks, bool CanDraw, IReadOnlyList<Region> Regions, IReadOnlyDictionary<string, string> Industries,
        DrawSpotCheck.Command? Typed, IReadOnlyDictionary<string, string[]> Errors, string? Problem);

    public sealed record DetailPage(GetSpotCheck.Result Check, bool CanRecord, IReadOnlyDictionary<string, string> Industries, int? Saved, int? FailedOrder,
        RecordSpotCheckResult.Command? Typed, IReadOnlyDictionary<string, string[]> Errors, string? Problem);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListSpotChecks.Query query, [FromServices] ListSpotChecks.Handler list, CancellationToken cancellationToken) =>
        await ListAsync(query, list, null, new Dictionary<string, string[]>(), null, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Draw([FromForm] DrawSpotCheck.Command command, [FromServices] DrawSpotCheck.Handler handler, [FromServices] ListSpotChecks.Handler list,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/campaign/spot-checks/{outcome.Value!.Id}");
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return await ListAsync(new ListSpotChecks.Query(command.Year), list, command, outcome.Errors ?? new Dictionary<string, string[]>(),
            outcome.Errors is null ? outcome.Detail : null, cancellationToken);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, [FromQuery] int? saved, [FromServices] GetSpotCheck.Handler get, CancellationToken cancellationToken) =>
        await DetailAsync(id, get, saved, null, null, new Dictionary<string, string[]>(), null, cancellationToken);

    [HttpPost("{id:int}/items/{order:int}")]
    public async Task<IActionResult> Record(int id, int order, [FromForm] RecordSpotCheckResult.Command command, [FromServices] RecordSpotCheckResult.Handler handler,
        [FromServices] GetSpotCheck.Handler get, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, order, command, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/campaign/spot-checks/{id}?saved={order}#item-{order}");
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return await DetailAsync(id, get, null, order, command, outcome.Errors ?? new Dictionary<string, string[]>(), outcome.Errors is null ? outcome.Detail : null,
            cancellationToken);
    }

    private async Task<IActionResult> ListAsync(ListSpotChecks.Query query, ListSpotChecks.Handler list, DrawSpotCheck.Command? typed, IReadOnlyDictionary<string, string[]> errors,
        string? problem, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var regions = actor.Regions.Children(actor.Unit.RegionCode).ToList();
        var canDraw = actor.Has(CampaignPermissions.SpotCheck) && actor.Regions.Find(actor.Unit.RegionCode)?.Level != RegionLevel.County;
        return View("~/Views/Campaign/SpotChecks.cshtml", new ListPage((await list.HandleAsync(query, actor, cancellationToken)).Value!, canDraw, regions,
            (await names.GetAsync(cancellationToken)).Industries, typed, errors, problem));
    }

    private async Task<IActionResult> DetailAsync(int id, GetSpotCheck.Handler get, int? saved, int? failedOrder, RecordSpotCheckResult.Command? typed,
        IReadOnlyDictionary<string, string[]> errors, string? problem, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var check = await get.HandleAsync(id, actor, cancellationToken);
        if (!check.Succeeded)
        {
            return NotFound();
        }
        return View("~/Views/Campaign/SpotCheck.cshtml", new DetailPage(check.Value!, actor.Has(CampaignPermissions.SpotCheck) && actor.Unit.Id == check.Value!.UnitId,
            (await names.GetAsync(cancellationToken)).Industries, saved, failedOrder, typed, errors, problem));
    }
}
