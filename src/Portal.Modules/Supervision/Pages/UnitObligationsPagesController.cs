using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Obligations;

namespace Portal.Modules.Supervision.Pages;

/// <summary>A unit's own deadlines, and the form that records one met outside the portal (a ledger sent, a re-check made).</summary>
[Route("backoffice/obligations")]
public sealed class UnitObligationsPagesController(StaffScope staff, GetUnitObligations.Handler list, Core.Deadlines.Urgings urgings, TimeProvider clock) : BackOfficeController
{
    /// <summary>The page, with what the unit typed into a refused fulfilment kept next to its obligation.</summary>
    public sealed record UnitPage(GetUnitObligations.Result Obligations, bool All, string? DoneTitle, long? FailedId, FulfilObligation.Command? Typed,
        IReadOnlyDictionary<string, string[]> Errors, string? Problem, DateOnly Today, IReadOnlyList<Core.Deadlines.Urging> Urgings);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] bool all, [FromQuery] long? done, CancellationToken cancellationToken) =>
        await PageAsync(all, done, null, null, new Dictionary<string, string[]>(), null, cancellationToken);

    [HttpPost("{id:long}/fulfilment")]
    public async Task<IActionResult> Fulfil(long id, [FromForm] FulfilObligation.Command command, [FromForm] bool all, [FromServices] FulfilObligation.Handler handler,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/obligations?done={id}" + (all ? "&all=true" : ""));
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return await PageAsync(all, null, id, command, outcome.Errors ?? new Dictionary<string, string[]>(), outcome.Errors is null ? outcome.Detail : null, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(bool all, long? done, long? failedId, FulfilObligation.Command? typed, IReadOnlyDictionary<string, string[]> errors,
        string? problem, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var result = (await list.HandleAsync(actor, all || done is not null, cancellationToken)).Value!;
        // The one just recorded has left the open list; it is looked up among all to name it in the confirmation.
        var doneTitle = result.Items.FirstOrDefault(i => i.Id == done)?.Title;
        if (!all)
        {
            result = result with { Items = result.Items.Where(i => i.MetOn is null).ToList() };
        }
        return View("~/Views/Supervision/Unit.cshtml", new UnitPage(result, all, doneTitle, failedId, typed, errors, problem, ChinaTime.Today(clock),
            await urgings.OpenForUnitAsync(actor.Unit.Id, cancellationToken)));
    }
}
