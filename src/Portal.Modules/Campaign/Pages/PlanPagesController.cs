using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Plans;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Pages;

/// <summary>整改及退出台账 and 帮扶任务清单 as the county keeps them: the year's rows, the forms to add one, and progress.</summary>
[Route("backoffice/campaign/plan")]
public sealed class PlanPagesController(StaffScope staff, ListPlan.Handler list) : BackOfficeController
{
    /// <summary>The page with what a refused form held and which form it was (target, help-task, or progress-{kind}-{id}).</summary>
    public sealed record PlanPage(ListPlan.Result Plan, bool CanEdit, string? Done, string? Failed, object? Typed, IReadOnlyDictionary<string, string[]> Errors, string? Problem);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int? year, [FromQuery] string? done, CancellationToken cancellationToken) =>
        await PageAsync(year, done, null, null, new Dictionary<string, string[]>(), null, cancellationToken);

    [HttpPost("targets")]
    public async Task<IActionResult> SetTarget([FromForm] SetTarget.Command command, [FromServices] SetTarget.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(command.Year, "target", command, await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken), cancellationToken);

    [HttpPost("help-tasks")]
    public async Task<IActionResult> AddHelpTask([FromForm] AddHelpTask.Command command, [FromServices] AddHelpTask.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(command.Year, "help-task", command, await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken), cancellationToken);

    [HttpPost("targets/{id:int}/progress")]
    public async Task<IActionResult> TargetProgress(int id, [FromForm] int? year, [FromForm] RecordProgress.Command command, [FromServices] RecordProgress.Handler handler,
        CancellationToken cancellationToken) =>
        await AfterAsync(year, $"progress-target-{id}", command, await handler.HandleAsync<Target>(id, command, await staff.RequireAsync(cancellationToken), cancellationToken),
            cancellationToken);

    [HttpPost("help-tasks/{id:int}/progress")]
    public async Task<IActionResult> HelpTaskProgress(int id, [FromForm] int? year, [FromForm] RecordProgress.Command command, [FromServices] RecordProgress.Handler handler,
        CancellationToken cancellationToken) =>
        await AfterAsync(year, $"progress-help-task-{id}", command, await handler.HandleAsync<HelpTask>(id, command, await staff.RequireAsync(cancellationToken), cancellationToken),
            cancellationToken);

    private async Task<IActionResult> AfterAsync<T>(int? year, string form, object typed, Outcome<T> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/campaign/plan?year={year}&done={form}");
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return await PageAsync(year, null, form, typed, outcome.Errors ?? new Dictionary<string, string[]>(), outcome.Errors is null ? outcome.Detail : null, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(int? year, string? done, string? failed, object? typed, IReadOnlyDictionary<string, string[]> errors, string? problem,
        CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var plan = (await list.HandleAsync(new ListPlan.Query(year, null), actor, cancellationToken)).Value!;
        return View("~/Views/Campaign/Plan.cshtml", new PlanPage(plan, actor.Has(CampaignPermissions.EditPlans), done, failed, typed, errors, problem));
    }
}
