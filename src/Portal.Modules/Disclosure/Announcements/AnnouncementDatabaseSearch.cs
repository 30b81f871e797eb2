using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// The same <see cref="SearchRequest"/> answered from the database, for a node whose index is still being built:
/// every filter as the index applies it, exact counts and facets, text as a plain substring of the title or the
/// enterprise's name. <see cref="ListAnnouncements"/> decides what each filter means; this and the index only carry
/// it out, and both answer with a <see cref="SearchPage"/>.
/// </summary>
public sealed class AnnouncementDatabaseSearch(PortalDbContext db)
{
    public async Task<SearchAnswer> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var source = db.Announcements().AsNoTracking().PublicAt(request.Now);
        if (WireValue.TryParse<AnnouncementList>(request.List, out var list))
        {
            source = source.Where(a => a.List == list);
        }
        if (WireValue.TryParse<AnnouncementStage>(request.Stage, out var stage))
        {
            source = source.Where(a => a.Stage == stage);
        }
        if (WireValue.TryParse<RegionLevel>(request.Level, out var level))
        {
            source = source.Where(a => a.Level == level);
        }
        if (request.RegionPath is { } path)
        {
            source = source.Where(a => a.EnterpriseRegionPath.StartsWith(path));
        }
        if (request.Industry is { } industry)
        {
            source = source.Where(a => a.IndustryCode == industry);
        }
        if (request.Dimension is { } dimension)
        {
            source = source.Where(a => a.Dimension == dimension);
        }
        if (request.Department is { } department)
        {
            source = source.Where(a => a.DepartmentKindCode == department);
        }
        if (request.CreditCode is { } code)
        {
            source = source.Where(a => a.EnterpriseCreditCode == code);
        }
        if (request.From is { } from)
        {
            source = source.Where(a => a.PublishedOn >= from);
        }
        if (request.To is { } to)
        {
            source = source.Where(a => a.PublishedOn <= to);
        }
        if (request.Text is { } text)
        {
            source = source.Where(a => a.EnterpriseName.Contains(text) || a.Title.Contains(text));
        }
        (DateTime At, int Id)? cursor = null;
        if (!string.IsNullOrWhiteSpace(request.Cursor))
        {
            cursor = DecodeCursor(request.Cursor);
            if (cursor is null)
            {
                return new SearchAnswer(null, SearchProblem.BadCursor);
            }
        }

        var total = await source.CountAsync(cancellationToken);
        var facets = request.WithFacets ? await FacetsAsync(source, request.RegionPath, cancellationToken) : null;
        var page = source;
        if (cursor is { } c)
        {
            page = request.NewestFirst
                ? page.Where(a => a.PublishAt < c.At || (a.PublishAt == c.At && a.Id < c.Id))
                : page.Where(a => a.PublishAt > c.At || (a.PublishAt == c.At && a.Id > c.Id));
        }
        page = request.NewestFirst
            ? page.OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id)
            : page.OrderBy(a => a.PublishAt).ThenBy(a => a.Id);
        var rows = await page.Select(a => new { a.Id, a.PublishAt }).Take(request.PageSize + 1).ToListAsync(cancellationToken);
        string? next = null;
        if (rows.Count > request.PageSize)
        {
            rows.RemoveAt(request.PageSize);
            next = EncodeCursor(rows[^1].PublishAt!.Value, rows[^1].Id);
        }
        IReadOnlyList<string> highlight = request.Text is null ? [] : [TextFolding.Fold(request.Text)];
        return new SearchAnswer(new SearchPage(total, rows.Select(r => r.Id).ToList(), next, facets, highlight), SearchProblem.None);
    }

    private static async Task<SearchFacets> FacetsAsync(IQueryable<Announcement> source, string? regionPath, CancellationToken cancellationToken)
    {
        var lists = await source.GroupBy(a => a.List).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var levels = await source.GroupBy(a => a.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var industries = await source.GroupBy(a => a.IndustryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var dimensions = await source.Where(a => a.Dimension != null).GroupBy(a => a.Dimension!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var days = await source.GroupBy(a => a.PublishedOn).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var paths = await source.GroupBy(a => a.EnterpriseRegionPath).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new SearchFacets(
            lists.ToDictionary(x => WireValue.Of(x.Key), x => x.Count),
            levels.ToDictionary(x => WireValue.Of(x.Key), x => x.Count),
            SearchFacets.RegionsBelow(regionPath, paths.Select(p => (p.Key, p.Count))),
            industries.ToDictionary(x => x.Key, x => x.Count),
            dimensions.ToDictionary(x => x.Key, x => x.Count),
            days.Where(d => d.Key is not null).GroupBy(d => d.Key!.Value.Year).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }

    public static string EncodeCursor(DateTime at, int id) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{at.Ticks}:{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (DateTime At, int Id)? DecodeCursor(string cursor)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(padded)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return (new DateTime(ticks, DateTimeKind.Utc), id);
            }
        }
        catch (FormatException)
        {
        }
        return null;
    }
}
