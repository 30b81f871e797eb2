using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Campaign.Ledgers;
using Portal.Modules.Campaign.Submissions;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Api;

/// <summary>The four ledgers (附表1–4) as they stand, and their submissions up the levels (docs/api.md).</summary>
[Route("api/v1")]
public sealed class LedgersController(StaffScope staff) : PortalApiController
{
    [HttpGet("ledgers/{period}")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<GetLedgers.Result>]
    public async Task<IActionResult> Get(string period, [FromQuery] GetLedgers.Query query, [FromServices] GetLedgers.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(period, query, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("ledgers/{period}.xlsx")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Produces(GetLedgers.XlsxType)]
    public async Task<IActionResult> Workbook(string period, [FromQuery] GetLedgers.Query query, [FromServices] GetLedgers.Handler handler, CancellationToken cancellationToken) =>
        Download(await handler.WorkbookAsync(period, query, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("ledgers/{period}/{table:int}.csv")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Produces("text/csv")]
    public async Task<IActionResult> Csv(string period, int table, [FromQuery] GetLedgers.Query query, [FromServices] GetLedgers.Handler handler, CancellationToken cancellationToken) =>
        Download(await handler.CsvAsync(period, table, query, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("ledger-submissions")]
    [Authorize(Policy = CampaignPermissions.SubmitLedgers)]
    [Returns<SubmitLedgers.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Submit([FromBody] SubmitLedgers.Command command, [FromServices] SubmitLedgers.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/ledger-submissions/{r.Id}" : null);
    }

    [HttpGet("ledger-submissions")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<ListSubmissions.Result>]
    public async Task<IActionResult> List([FromQuery] ListSubmissions.Query query, [FromServices] ListSubmissions.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(query, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("ledger-submissions/{id:int}")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Returns<GetSubmission.Result>]
    public async Task<IActionResult> GetSubmission(int id, [FromServices] GetSubmission.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("ledger-submissions/{id:int}/workbook")]
    [Authorize(Policy = Permissions.EnterBackOffice)]
    [Produces(GetLedgers.XlsxType)]
    public async Task<IActionResult> SubmittedWorkbook(int id, [FromServices] GetSubmission.Handler handler, CancellationToken cancellationToken) =>
        Download(await handler.WorkbookAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("ledger-submissions/{id:int}/return")]
    [Authorize(Policy = CampaignPermissions.ReviewLedgers)]
    [Returns<ReviewSubmission.Result>]
    public async Task<IActionResult> Return(int id, [FromBody] ReviewSubmission.ReturnCommand command, [FromServices] ReviewSubmission.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.ReturnAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("ledger-submissions/{id:int}/accept")]
    [Authorize(Policy = CampaignPermissions.ReviewLedgers)]
    [Returns<ReviewSubmission.Result>]
    public async Task<IActionResult> Accept(int id, [FromBody] ReviewSubmission.AcceptCommand command, [FromServices] ReviewSubmission.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.AcceptAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken));

    private IActionResult Download(Outcome<GetLedgers.Download> outcome)
    {
        if (!outcome.Succeeded)
        {
            return Problem(outcome);
        }
        var file = outcome.Value!;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"; filename*=UTF-8''{Uri.EscapeDataString(file.DownloadName)}";
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType);
    }
}
