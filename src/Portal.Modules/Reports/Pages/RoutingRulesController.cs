using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Routing;

namespace Portal.Modules.Reports.Pages;

/// <summary>The administrator's page for the routing rules (category → department kind).</summary>
[Route("backoffice/routing-rules")]
[Authorize(Policy = ReportsPermissions.ManageReportRouting)]
public sealed class RoutingRulesController(DepartmentDirectory departments) : BackOfficeController
{
    public sealed record RulesPage(IReadOnlyList<RoutingRuleRow> Rules, IReadOnlyList<DepartmentKind> Kinds, bool Saved, IReadOnlyDictionary<string, string[]> Errors);

    [HttpGet("")]
    public async Task<IActionResult> Index(bool saved, [FromServices] GetRoutingRules.Handler handler, CancellationToken cancellationToken) =>
        View("~/Views/Handling/RoutingRules.cshtml", new RulesPage(await handler.HandleAsync(cancellationToken), await departments.KindsAsync(cancellationToken), saved, new Dictionary<string, string[]>()));

    [HttpPost("")]
    public async Task<IActionResult> Save([FromForm] List<SaveRoutingRules.Rule> rules, [FromServices] SaveRoutingRules.Handler handler, [FromServices] GetRoutingRules.Handler current,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(rules, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect("/backoffice/routing-rules?saved=true");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Handling/RoutingRules.cshtml", new RulesPage(await current.HandleAsync(cancellationToken), await departments.KindsAsync(cancellationToken), false, outcome.Errors!));
    }
}

/// <summary>The same rules over the API, for scripted provisioning.</summary>
[Route("api/v1/admin/routing-rules")]
[Authorize(Policy = ReportsPermissions.ManageReportRouting)]
public sealed class RoutingRulesApiController : PortalApiController
{
    [HttpGet("")]
    [Returns<IReadOnlyList<RoutingRuleRow>>]
    public async Task<IReadOnlyList<RoutingRuleRow>> Get([FromServices] GetRoutingRules.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);

    [HttpPut("")]
    [Returns<IReadOnlyList<RoutingRuleRow>>]
    public async Task<IActionResult> Put([FromBody] List<SaveRoutingRules.Rule> rules, [FromServices] SaveRoutingRules.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(rules, cancellationToken));
}
