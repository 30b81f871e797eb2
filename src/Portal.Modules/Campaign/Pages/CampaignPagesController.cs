using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.Submissions;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Pages;

/// <summary>台账与报送 in the back office: the page, and its forms to send the ledgers up and to return or accept them.</summary>
[Route("backoffice/campaign")]
public sealed class CampaignPagesController(StaffScope staff, ShowLedgerPage.Handler page) : BackOfficeController
{
    /// <summary>The page with the outcome of the last form: a confirmation, or the refusal beside the submission it concerns.</summary>
    public sealed record LedgerPage(ShowLedgerPage.Result Page, string? Done, int? FailedId, IReadOnlyDictionary<string, string[]> Errors, string? Problem);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ShowLedgerPage.Query query, [FromQuery] string? done, CancellationToken cancellationToken) =>
        await PageAsync(query.Period, done, null, new Dictionary<string, string[]>(), null, cancellationToken);

    [HttpPost("submissions")]
    public async Task<IActionResult> Submit([FromForm] SubmitLedgers.Command command, [FromServices] SubmitLedgers.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(command.Period, "submitted", null, await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken), cancellationToken);

    [HttpPost("submissions/{id:int}/return")]
    public async Task<IActionResult> Return(int id, [FromForm] string? period, [FromForm] ReviewSubmission.ReturnCommand command, [FromServices] ReviewSubmission.Handler handler,
        CancellationToken cancellationToken) =>
        await AfterAsync(period, "returned", id, await handler.ReturnAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken), cancellationToken);

    [HttpPost("submissions/{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, [FromForm] string? period, [FromForm] ReviewSubmission.AcceptCommand command, [FromServices] ReviewSubmission.Handler handler,
        CancellationToken cancellationToken) =>
        await AfterAsync(period, "accepted", id, await handler.AcceptAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync<T>(string? period, string done, int? id, Outcome<T> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/campaign?period={Uri.EscapeDataString(period ?? string.Empty)}&done={done}");
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return await PageAsync(period, null, id, outcome.Errors ?? new Dictionary<string, string[]>(), outcome.Errors is null ? outcome.Detail : null, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(string? period, string? done, int? failedId, IReadOnlyDictionary<string, string[]> errors, string? problem,
        CancellationToken cancellationToken)
    {
        var shown = await page.HandleAsync(new ShowLedgerPage.Query(period), await staff.RequireAsync(cancellationToken), cancellationToken);
        return View("~/Views/Campaign/Ledgers.cshtml", new LedgerPage(shown.Value!, done, failedId, errors, problem));
    }
}
