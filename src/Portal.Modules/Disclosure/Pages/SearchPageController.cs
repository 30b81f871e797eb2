using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Enterprises;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>
/// The search page behind the box on every page: results across the five lists with highlighted snippets, facets
/// as links, paging that keeps the filters. A registered enterprise's credit code goes straight to its page.
/// </summary>
[EnableRateLimiting(RateLimits.PublicRead)]
[OutputCache(PolicyName = DisclosureCache.Policy)]
public sealed class SearchPageController(RegionDirectory regions, PortalDbContext db) : Controller
{
    public sealed record SearchPageModel(
        ListAnnouncements.Query Query,
        ListAnnouncements.Result? Result,
        IReadOnlyDictionary<string, string[]> Errors,
        IReadOnlyList<Region> RegionTrail,
        IReadOnlyDictionary<string, string> RegionNames,
        IReadOnlyDictionary<string, string> IndustryNames)
    {
        /// <summary>Enterprises of the register the text names, shown before the announcements.</summary>
        public SearchEnterprises.Result? Enterprises { get; init; }
    }

    private const int EnterprisesShown = 5;

    [HttpGet("/search")]
    public async Task<IActionResult> Search([FromQuery] ListAnnouncements.Query query, [FromServices] ListAnnouncements.Handler handler,
        [FromServices] SearchEnterprises.Handler register, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(query, cancellationToken);
        if (outcome.Value is { CreditCode: { } code } && await db.Enterprises.AnyAsync(e => e.CreditCode == code, cancellationToken))
        {
            return Redirect($"/enterprises/{code}");
        }
        var errors = PageErrors.Collect(outcome.Errors, ModelState);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        var tree = await regions.GetAsync(cancellationToken);
        var industries = await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, cancellationToken);
        return View("~/Views/PublicLists/Search.cshtml", new SearchPageModel(
            query,
            errors.Count > 0 ? null : outcome.Value,
            errors,
            tree.Find(query.Region) is { } selected ? tree.Lineage(selected.Code) : [],
            tree.All.ToDictionary(r => r.Code, r => r.Name),
            industries)
        {
            Enterprises = errors.Count > 0 || string.IsNullOrWhiteSpace(query.Q) ? null
                : (await register.HandleAsync(new SearchEnterprises.Query { Q = query.Q, Region = query.Region, Industry = query.Industry, PageSize = EnterprisesShown }, cancellationToken)).Value,
        });
    }

    /// <summary>The passage of an announcement to show under its title: the first text field that matches, else the first there is.</summary>
    public static IReadOnlyList<TextSegment> SnippetOf(AnnouncementItem item, IReadOnlyList<string> terms)
    {
        var texts = new[]
            {
                item.Violations, item.Requirements, item.Basis, item.Summary, item.FailedItems, item.Unrectified, item.Completion,
                item.Products, item.InspectedItems, item.Extension?.Reason,
                string.Join("、", item.Indicators.Select(i => i.Name)), string.Join("、", item.Equipment.Select(e => e.Name)),
                item.Enterprise.Address, item.DocumentNumber,
            }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!)
            .ToList();
        var text = texts.FirstOrDefault(t => Highlighter.Matches(t, terms)) ?? texts.FirstOrDefault() ?? string.Empty;
        return Highlighter.Snippet(text, terms);
    }
}
