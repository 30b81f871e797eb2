using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>The public pages: a list with its filters, one announcement, one enterprise's history. No script needed.</summary>
[EnableRateLimiting(RateLimits.PublicRead)]
[OutputCache(PolicyName = DisclosureCache.Policy)]
public sealed class PublicPagesController(RegionDirectory regions, PortalDbContext db, TimeProvider clock) : Controller
{
    public sealed record Option(string Value, string Label);

    public sealed record ListPage(
        AnnouncementList List,
        ListAnnouncements.Query Query,
        ListAnnouncements.Result? Result,
        IReadOnlyDictionary<string, string[]> Errors,
        IReadOnlyList<Region> RegionTrail,
        IReadOnlyList<Option> Regions,
        IReadOnlyList<Option> Industries,
        IReadOnlyDictionary<string, string> RegionNames,
        IReadOnlyDictionary<string, string> IndustryNames,
        ISet<int> StillOnYellowList);

    [HttpGet("/lists/{list}")]
    public async Task<IActionResult> List(string list, [FromQuery] ListAnnouncements.Query query, [FromServices] ListAnnouncements.Handler handler, CancellationToken cancellationToken)
    {
        if (!WireValue.TryParse<AnnouncementList>(list, out var which))
        {
            return NotFound();
        }
        var outcome = await handler.HandleAsync(query with { List = list }, cancellationToken);
        var errors = PageErrors.Collect(outcome.Errors, ModelState);
        var tree = await regions.GetAsync(cancellationToken);
        var industries = await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var trail = tree.Find(query.Region) is { } selected ? tree.Lineage(selected.Code) : [];
        var onYellow = new HashSet<int>();
        if (which == AnnouncementList.Rectification && outcome.Value is { } result)
        {
            var ids = result.Items.Select(i => i.Id).ToList();
            onYellow = (await YellowList.Current(db, clock.GetUtcNow().UtcDateTime).Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        }
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View("~/Views/PublicLists/List.cshtml", new ListPage(
            which,
            query,
            outcome.Value,
            errors,
            trail,
            tree.All.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => new Option(r.Code, new string('　', (int)r.Level - 1) + r.Name)).ToList(),
            industries.Select(i => new Option(i.Code, i.Name)).ToList(),
            tree.All.ToDictionary(r => r.Code, r => r.Name),
            industries.ToDictionary(i => i.Code, i => i.Name),
            onYellow));
    }

    [HttpGet("/announcements/{id:int}")]
    public async Task<IActionResult> Announcement(int id, [FromServices] GetAnnouncement.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.Succeeded ? View("~/Views/PublicLists/Announcement.cshtml", outcome.Value) : NotFound();
    }

    public sealed record EnterprisePage(GetEnterprise.Result Enterprise, bool OnYellowList, bool OnRedList);

    [HttpGet("/enterprises/{creditCode}")]
    public async Task<IActionResult> Enterprise(string creditCode, [FromServices] GetEnterprise.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(creditCode, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.NotFound ? NotFound() : BadRequest();
        }
        var code = outcome.Value!.CreditCode;
        var now = clock.GetUtcNow().UtcDateTime;
        var onYellow = await YellowList.Current(db, now).AnyAsync(a => a.EnterpriseCreditCode == code, cancellationToken);
        var onRed = await db.Announcements().PublicAt(now).AnyAsync(a => a.EnterpriseCreditCode == code && a.List == AnnouncementList.ForcedExit, cancellationToken);
        return View("~/Views/PublicLists/Enterprise.cshtml", new EnterprisePage(outcome.Value, onYellow, onRed));
    }
}
