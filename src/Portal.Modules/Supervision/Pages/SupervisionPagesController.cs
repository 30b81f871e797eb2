using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Dashboard;
using Portal.Modules.Supervision.Obligations;
using Portal.Modules.Supervision.Urging;

namespace Portal.Modules.Supervision.Pages;

/// <summary>The supervisor's pages: the dashboard, the rows behind each of its numbers (and their CSV).</summary>
[Route("backoffice/supervision")]
public sealed class SupervisionPagesController(StaffScope staff) : BackOfficeController
{
    /// <summary>The dashboard with the regions a supervisor can move between: up to their own, down to the children.</summary>
    public sealed record DashboardPage(GetDashboard.Result Dashboard, IReadOnlyList<Region> Trail, IReadOnlyList<Region> Children);

    public sealed record RowsPage(ListObligations.Result Rows, ListObligations.Query Query, string CsvLink, string DashboardLink);

    [HttpGet("")]
    public async Task<IActionResult> Dashboard([FromQuery] string? regionCode, [FromServices] GetDashboard.Handler handler, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var outcome = await handler.HandleAsync(actor, regionCode, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }
        var dashboard = outcome.Value!;
        var trail = actor.Regions.Lineage(dashboard.RegionCode)
            .SkipWhile(r => r.Code != actor.Unit.RegionCode && !actor.IsIn(Roles.Admin))
            .ToList();
        return View("~/Views/Supervision/Dashboard.cshtml", new DashboardPage(dashboard, trail, actor.Regions.Children(dashboard.RegionCode).ToList()));
    }

    [HttpGet("obligations")]
    public async Task<IActionResult> Rows([FromQuery] ListObligations.Query query, [FromQuery] string? format, [FromServices] ListObligations.Handler handler,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(await staff.RequireAsync(cancellationToken), query, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }
        var rows = outcome.Value!;
        var filter = rows.Filter.ToQuery(rows.RegionCode);
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return File(await ObligationsCsv.WriteAsync(rows.Items, cancellationToken), "text/csv; charset=utf-8", $"obligations-{rows.RegionCode}.csv");
        }
        return View("~/Views/Supervision/Rows.cshtml",
            new RowsPage(rows, query, $"/backoffice/supervision/obligations?{filter}&format=csv", $"/backoffice/supervision?regionCode={rows.RegionCode}"));
    }

    public sealed record UrgePage(GetUrgings.Result Item, string? Note, IReadOnlyDictionary<string, string[]> Errors, int? Notified);

    [HttpGet("obligations/{id:long}/urge")]
    public async Task<IActionResult> Urge(long id, [FromQuery] int? notified, [FromServices] GetUrgings.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded
            ? View("~/Views/Supervision/Urge.cshtml", new UrgePage(outcome.Value!, null, new Dictionary<string, string[]>(), notified))
            : Refused(outcome);
    }

    [HttpPost("obligations/{id:long}/urge")]
    public async Task<IActionResult> Urge(long id, [FromForm] string? note, [FromServices] UrgeUnit.Handler urge, [FromServices] GetUrgings.Handler handler,
        CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var outcome = await urge.HandleAsync(id, new UrgeUnit.Command(note), actor, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/supervision/obligations/{id}/urge?notified={outcome.Value!.Notified}");
        }
        var item = await handler.HandleAsync(id, actor, cancellationToken);
        if (!item.Succeeded || outcome.Errors is null && outcome.Kind != OutcomeKind.Conflict)
        {
            return Refused(outcome);
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        var errors = outcome.Errors ?? new Dictionary<string, string[]> { ["note"] = [outcome.Detail!] };
        return View("~/Views/Supervision/Urge.cshtml", new UrgePage(item.Value!, note, errors, null));
    }

    private IActionResult Refused<T>(Outcome<T> outcome)
    {
        Response.StatusCode = outcome.Kind.HttpStatus();
        return View("~/Views/Supervision/Refused.cshtml", outcome.Detail ?? outcome.Errors?.Values.SelectMany(v => v).FirstOrDefault() ?? SupervisionText.OnlySupervisors);
    }
}
