using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.OpenData;

namespace Portal.Modules.Disclosure.Api;

/// <summary>The lists to take away: CSV, Atom feeds for any filter, and the sitemap. Same filters as the API.</summary>
[EnableRateLimiting(RateLimits.PublicRead)]
public sealed class OpenDataController : PortalApiController
{
    [HttpGet("api/v1/announcements.csv")]
    [EnableRateLimiting(RateLimits.PublicExport)]
    [Produces("text/csv")]
    public async Task<IActionResult> Csv([FromQuery] ListAnnouncements.Query query, [FromServices] ExportAnnouncements.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(query, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Problem(outcome);
        }
        var export = outcome.Value!;
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName}\"; filename*=UTF-8''{Uri.EscapeDataString(export.DownloadName)}";
        await AnnouncementCsv.WriteAsync(Response.Body, export.Pages, BaseUrl, cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("feeds/announcements.atom")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    [Produces("application/atom+xml")]
    public async Task<IActionResult> Atom([FromQuery] ListAnnouncements.Query query, [FromServices] GetFeed.Handler handler, [FromServices] IOptions<PortalOptions> options,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(query, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Problem(outcome);
        }
        var filters = Request.QueryString.HasValue ? Request.QueryString.Value! : string.Empty;
        return File(await AtomFeed.WriteAsync(outcome.Value!, BaseUrl, filters, options.Value.Site.ShownAuthority), "application/atom+xml; charset=utf-8");
    }

    [HttpGet("sitemap.xml")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    public async Task<IActionResult> SitemapIndex([FromServices] GetSitemap.Handler handler, CancellationToken cancellationToken) =>
        Xml(await SitemapXml.IndexAsync(await handler.IndexAsync(cancellationToken), BaseUrl));

    [HttpGet("sitemaps/pages.xml")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    public async Task<IActionResult> SitemapPages([FromServices] GetSitemap.Handler handler) =>
        Xml(await SitemapXml.UrlsAsync(handler.Pages(), BaseUrl));

    [HttpGet("sitemaps/announcements-{part:int}.xml")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    public async Task<IActionResult> SitemapAnnouncements(int part, [FromServices] GetSitemap.Handler handler, CancellationToken cancellationToken) =>
        await handler.AnnouncementsAsync(part, cancellationToken) is { } entries ? Xml(await SitemapXml.UrlsAsync(entries, BaseUrl)) : NotFound();

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    private FileContentResult Xml(byte[] body) => File(body, "application/xml; charset=utf-8");
}
