using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Api;

/// <summary>
/// The lists to take away: CSV (UTF-8 with a BOM, so Excel and WPS read the Chinese), Atom feeds of the newest
/// matches for any filter (one per list and region is just a query string), and the sitemap. Same filters as the API.
/// </summary>
[EnableRateLimiting(RateLimits.PublicRead)]
public sealed class OpenDataController(ListAnnouncements.Handler handler, IOptions<PortalOptions> options) : PortalApiController
{
    public const int CsvMaxRows = 50_000;
    public const int FeedEntries = 50;
    public const int SitemapUrls = 40_000;

    [HttpGet("api/v1/announcements.csv")]
    [EnableRateLimiting(RateLimits.PublicExport)]
    [Produces("text/csv")]
    public async Task<IActionResult> Csv([FromQuery] ListAnnouncements.Query query, CancellationToken cancellationToken)
    {
        var first = await handler.HandleAsync(query with { PageSize = 100 }, cancellationToken);
        if (!first.Succeeded)
        {
            return Problem(first);
        }
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"announcements-{DateTime.UtcNow:yyyyMMdd}.csv\"; filename*=UTF-8''{Uri.EscapeDataString(DisclosureText.CsvFileName)}-{DateTime.UtcNow:yyyyMMdd}.csv";
        var page = first.Value!;
        var written = 0;
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var firstChunk = true;
        while (true)
        {
            // CsvHelper writes synchronously; Kestrel takes only asynchronous writes, so each page is encoded into memory first.
            using var chunk = new MemoryStream();
            await using (var csv = CsvWriter.Create(chunk, new CsvWriterOptions { WriteByteOrderMark = firstChunk, Injection = CsvInjection.Escape }, leaveOpen: true))
            {
                if (firstChunk)
                {
                    foreach (var column in CsvColumns)
                    {
                        csv.WriteField(column.Name);
                    }
                    await csv.EndRecordAsync(cancellationToken);
                }
                foreach (var item in page.Items)
                {
                    foreach (var column in CsvColumns)
                    {
                        csv.WriteField(column.Value(item, baseUrl));
                    }
                    await csv.EndRecordAsync(cancellationToken);
                    written++;
                }
                await csv.FlushAsync(cancellationToken);
            }
            firstChunk = false;
            chunk.Position = 0;
            await chunk.CopyToAsync(Response.Body, cancellationToken);
            if (page.NextCursor is null || written >= CsvMaxRows)
            {
                break;
            }
            var next = await handler.HandleAsync(query with { PageSize = 100, Cursor = page.NextCursor }, cancellationToken);
            if (!next.Succeeded)
            {
                break;
            }
            page = next.Value!;
        }
        return new EmptyResult();
    }

    private static readonly (string Name, Func<AnnouncementItem, string, string?> Value)[] CsvColumns =
    [
        ("索引号", (a, _) => a.IndexNumber),
        ("名单", (a, _) => DisclosureText.ListName(a.ListValue)),
        ("阶段", (a, _) => DisclosureText.StageName(a.StageValue)),
        ("企业名称", (a, _) => a.Enterprise.Name),
        ("统一社会信用代码", (a, _) => a.Enterprise.CreditCode),
        ("企业所在地区", (a, _) => a.Enterprise.RegionName),
        ("地区代码", (a, _) => a.Enterprise.RegionCode),
        ("行业", (a, _) => a.Enterprise.IndustryName),
        ("标题", (a, _) => a.Title),
        ("文号", (a, _) => a.DocumentNumber),
        ("发布机构", (a, _) => a.Publisher),
        ("层级", (a, _) => WireValue.TryParse<Core.Regions.RegionLevel>(a.Level, out var l) ? DisclosureText.LevelName(l) : a.Level),
        ("维度", (a, _) => a.Dimension is null ? null : DisclosureText.DimensionName(a.Dimension)),
        ("检查或验收完成日期", (a, _) => Date(a.InspectionCompletedOn)),
        ("应公开日期", (a, _) => Date(a.PublicationDueOn)),
        ("发布日期", (a, _) => Date(a.PublishedOn)),
        ("企业完成期限", (a, _) => Date(a.Deadline)),
        ("有效性", (a, _) => a.Withdrawal is null ? DisclosureText.ValidityEffective : DisclosureText.ValidityWithdrawn),
        ("链接", (a, baseUrl) => $"{baseUrl}/announcements/{a.Id}"),
        ("list", (a, _) => a.List),
        ("stage", (a, _) => a.Stage),
        ("id", (a, _) => a.Id.ToString(CultureInfo.InvariantCulture)),
    ];

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [HttpGet("feeds/announcements.atom")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    [Produces("application/atom+xml")]
    public async Task<IActionResult> Atom([FromQuery] ListAnnouncements.Query query, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(query with { PageSize = FeedEntries, Cursor = null, Sort = null }, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Problem(outcome);
        }
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var filters = Request.QueryString.HasValue ? Request.QueryString.Value! : string.Empty;
        var items = outcome.Value!.Items;
        await using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "feed", ns);
            await xml.WriteAttributeStringAsync("xml", "lang", null, "zh-CN");
            await xml.WriteElementStringAsync(null, "id", ns, StableId("feed" + CanonicalFilters(query)));
            await xml.WriteElementStringAsync(null, "title", ns, FeedTitle(query));
            await xml.WriteElementStringAsync(null, "updated", ns, Instant(items.Select(i => i.PublishedAt).Max() ?? DateTime.UnixEpoch));
            await LinkAsync(xml, "self", $"{baseUrl}/feeds/announcements.atom{filters}", "application/atom+xml");
            await LinkAsync(xml, "alternate", $"{baseUrl}/search{filters}", "text/html");
            await xml.WriteStartElementAsync(null, "author", ns);
            await xml.WriteElementStringAsync(null, "name", ns, options.Value.Site.Authority);
            await xml.WriteEndElementAsync();
            foreach (var item in items)
            {
                await xml.WriteStartElementAsync(null, "entry", ns);
                await xml.WriteElementStringAsync(null, "id", ns, StableId($"announcement/{item.Id}"));
                await xml.WriteElementStringAsync(null, "title", ns, item.Title);
                await xml.WriteElementStringAsync(null, "updated", ns, Instant(item.PublishedAt ?? DateTime.UnixEpoch));
                await xml.WriteElementStringAsync(null, "published", ns, Instant(item.PublishedAt ?? DateTime.UnixEpoch));
                await LinkAsync(xml, "alternate", $"{baseUrl}/announcements/{item.Id}", "text/html");
                await xml.WriteStartElementAsync(null, "author", ns);
                await xml.WriteElementStringAsync(null, "name", ns, item.Publisher);
                await xml.WriteEndElementAsync();
                await xml.WriteStartElementAsync(null, "category", ns);
                await xml.WriteAttributeStringAsync(null, "term", null, item.List);
                await xml.WriteAttributeStringAsync(null, "label", null, DisclosureText.ListName(item.ListValue));
                await xml.WriteEndElementAsync();
                await xml.WriteElementStringAsync(null, "summary", ns,
                    $"{item.Enterprise.Name}（{item.Enterprise.CreditCode}），{item.Enterprise.RegionName}，{item.Enterprise.IndustryName}。{item.DocumentNumber}");
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }
        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    [HttpGet("sitemap.xml")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    public async Task<IActionResult> SitemapIndex([FromServices] PortalDbContext db, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await db.Announcements().PublicAt(clock.GetUtcNow().UtcDateTime).CountAsync(cancellationToken);
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var parts = new List<string> { $"{baseUrl}/sitemaps/pages.xml" };
        for (var n = 1; n <= Math.Max(1, (count + SitemapUrls - 1) / SitemapUrls); n++)
        {
            parts.Add($"{baseUrl}/sitemaps/announcements-{n}.xml");
        }
        return await XmlAsync("sitemapindex", "sitemap", parts.Select(p => (p, (DateOnly?)null)));
    }

    [HttpGet("sitemaps/pages.xml")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    public async Task<IActionResult> SitemapPages()
    {
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var pages = new[] { "/", "/search" }.Concat(Enum.GetValues<AnnouncementList>().Select(l => $"/lists/{WireValue.Of(l)}"));
        return await XmlAsync("urlset", "url", pages.Select(p => (baseUrl + p, (DateOnly?)null)));
    }

    [HttpGet("sitemaps/announcements-{part:int}.xml")]
    [OutputCache(PolicyName = DisclosureCache.Policy)]
    public async Task<IActionResult> SitemapAnnouncements(int part, [FromServices] PortalDbContext db, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (part < 1)
        {
            return NotFound();
        }
        var rows = await db.Announcements().AsNoTracking().PublicAt(clock.GetUtcNow().UtcDateTime).OrderBy(a => a.Id)
            .Skip((part - 1) * SitemapUrls).Take(SitemapUrls).Select(a => new { a.Id, a.PublishedOn }).ToListAsync(cancellationToken);
        if (rows.Count == 0 && part > 1)
        {
            return NotFound();
        }
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        return await XmlAsync("urlset", "url", rows.Select(r => ($"{baseUrl}/announcements/{r.Id}", r.PublishedOn)));
    }

    private async Task<IActionResult> XmlAsync(string root, string element, IEnumerable<(string Location, DateOnly? Modified)> entries)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        await using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) }))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, root, ns);
            foreach (var (location, modified) in entries)
            {
                await xml.WriteStartElementAsync(null, element, ns);
                await xml.WriteElementStringAsync(null, "loc", ns, location);
                if (modified is { } date)
                {
                    await xml.WriteElementStringAsync(null, "lastmod", ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }
        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static async Task LinkAsync(XmlWriter xml, string rel, string href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", "http://www.w3.org/2005/Atom");
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static string Instant(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string FeedTitle(ListAnnouncements.Query query)
    {
        var parts = new List<string> { DisclosureText.FeedTitle };
        if (WireValue.TryParse<AnnouncementList>(query.List, out var list))
        {
            parts.Add(DisclosureText.ListName(list));
        }
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            parts.Add(query.Region.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            parts.Add(query.Q.Trim());
        }
        return string.Join(" · ", parts);
    }

    private static string CanonicalFilters(ListAnnouncements.Query q) =>
        string.Join('&', new[] { ("list", q.List), ("stage", q.Stage), ("q", q.Q), ("region", q.Region), ("level", q.Level), ("industry", q.Industry),
            ("dimension", q.Dimension), ("department", q.Department), ("year", q.Year?.ToString(CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={p.Item2!.Trim()}"));

    /// <summary>A name-based (version 5) UUID: the same announcement or feed keeps the same Atom id on every node and forever.</summary>
    public static string StableId(string name)
    {
        var hash = SHA1.HashData(Namespace.Concat(Encoding.UTF8.GetBytes(name)).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    private static readonly byte[] Namespace = new Guid("6f1a7c52-9a43-4a7e-9d7b-3c1f0b6e2d11").ToByteArray(bigEndian: true);
}
