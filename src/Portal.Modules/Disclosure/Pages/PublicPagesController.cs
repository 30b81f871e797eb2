using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Announcements;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>The public pages: a list with its filters, one announcement, one enterprise's history, the search. No script needed.</summary>
[EnableRateLimiting(RateLimits.PublicRead)]
[OutputCache(PolicyName = DisclosureCache.Policy)]
public sealed class PublicPagesController : Controller
{
    [HttpGet("/lists/{list}")]
    public async Task<IActionResult> List(string list, [FromQuery] ListAnnouncements.Query query, [FromServices] ShowListPage.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(list, query, FieldErrors.Of(ModelState), cancellationToken) is not { } page)
        {
            return NotFound();
        }
        return Page("~/Views/PublicLists/List.cshtml", page, page.Errors);
    }

    [HttpGet("/search")]
    public async Task<IActionResult> Search([FromQuery] ListAnnouncements.Query query, [FromServices] ShowSearchPage.Handler handler, CancellationToken cancellationToken)
    {
        var page = await handler.HandleAsync(query, FieldErrors.Of(ModelState), cancellationToken);
        return page.EnterpriseCode is { } code ? Redirect($"/enterprises/{code}") : Page("~/Views/PublicLists/Search.cshtml", page, page.Errors);
    }

    [HttpGet("/announcements/{id:int}")]
    public async Task<IActionResult> Announcement(int id, [FromServices] GetAnnouncement.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.Succeeded ? View("~/Views/PublicLists/Announcement.cshtml", outcome.Value) : NotFound();
    }

    [HttpGet("/announcements/{id:int}/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Attachment(int id, int attachmentId, [FromServices] OpenAttachment.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.PublicAsync(id, attachmentId, cancellationToken);
        return outcome.Succeeded ? Pdf(this, outcome.Value!) : NotFound();
    }

    /// <summary>A document shown in the browser under its own name; its hash is its entity tag.</summary>
    internal static FileContentResult Pdf(ControllerBase controller, OpenAttachment.Result file)
    {
        controller.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = file.FileName }.ToString();
        return controller.File(file.Content, "application/pdf", lastModified: null, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    [HttpGet("/enterprises/{creditCode}")]
    public async Task<IActionResult> Enterprise(string creditCode, [FromServices] ShowEnterprisePage.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(creditCode, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.NotFound ? NotFound() : BadRequest();
        }
        return View("~/Views/PublicLists/Enterprise.cshtml", outcome.Value);
    }

    /// <summary>A page whose filters were refused still shows, with the problems beside the fields and a 400.</summary>
    private ViewResult Page(string view, object model, IReadOnlyDictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View(view, model);
    }
}
