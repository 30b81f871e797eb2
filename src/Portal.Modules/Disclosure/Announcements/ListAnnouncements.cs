using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// The public lists and search (GET /api/v1/announcements, its CSV and Atom forms, the list and search pages):
/// published announcements filtered by list, stage, region subtree, level, industry, dimension, department, dates and
/// year, newest first, with facet counts and keyset paging. <c>q</c> is full text on this node's search index; a
/// valid credit code goes straight to its enterprise's announcements; an 18-character code that fails its check
/// comes back with the one-character corrections that would make it valid. While the node has no index yet (it is
/// being built), the same query is answered from the database, with <c>q</c> as a plain substring.
/// </summary>
public static class ListAnnouncements
{
    public sealed record Query
    {
        [WireValues(typeof(AnnouncementList))]
        public string? List { get; init; }
        [WireValues(typeof(AnnouncementStage))]
        public string? Stage { get; init; }
        public string? Q { get; init; }
        public string? Region { get; init; }
        [WireValues(typeof(RegionLevel))]
        public string? Level { get; init; }
        public string? Industry { get; init; }
        public string? Dimension { get; init; }
        public string? Department { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public int? Year { get; init; }
        [WireValues("newest", "oldest")]
        public string? Sort { get; init; }
        public string? Cursor { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Facets(
        IReadOnlyDictionary<string, int> List,
        IReadOnlyDictionary<string, int> Level,
        IReadOnlyDictionary<string, int> Region,
        IReadOnlyDictionary<string, int> Industry,
        IReadOnlyDictionary<string, int> Dimension,
        IReadOnlyDictionary<string, int> Year);

    public sealed record Result(int Total, IReadOnlyList<AnnouncementItem> Items, Facets Facets, string? NextCursor)
    {
        /// <summary>The folded runs of the query, to mark in titles and snippets.</summary>
        public IReadOnlyList<string> Highlight { get; init; } = [];

        /// <summary>For a mistyped credit code: the valid codes one character away, known enterprises first.</summary>
        public IReadOnlyList<CreditCodeCorrection>? DidYouMean { get; init; }

        /// <summary>The enterprise a valid credit code in <c>q</c> names, when it is registered.</summary>
        public string? CreditCode { get; init; }
    }

    public const int DefaultPageSize = 20;

    public sealed class Handler(PortalDbContext db, RegionDirectory regions, NameDirectory names, DepartmentDirectory departments, AnnouncementViews views, AnnouncementDatabaseSearch database,
        TimeProvider clock, IFullTextSearch? search = null)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var tree = await regions.GetAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;

            var request = new SearchRequest { Kind = Announcement.SearchKindName, Now = now, NewestFirst = query.Sort is null or "newest", PageSize = query.PageSize ?? DefaultPageSize };
            if (errors.Enum<AnnouncementList>(query.List, "list") is { } list)
            {
                request = request with { List = WireValue.Of(list) };
            }
            if (errors.Enum<AnnouncementStage>(query.Stage, "stage") is { } stage)
            {
                request = request with { Stage = WireValue.Of(stage) };
            }
            if (errors.Enum<RegionLevel>(query.Level, "level") is { } level)
            {
                request = request with { Level = WireValue.Of(level) };
            }
            var region = SearchFilters.Region(query.Region, tree, errors);
            request = request with
            {
                RegionPath = region?.Path,
                Industry = await SearchFilters.IndustryAsync(query.Industry, names, db, errors, cancellationToken),
            };
            if (!string.IsNullOrWhiteSpace(query.Dimension))
            {
                var dimension = query.Dimension.Trim();
                if (!Responsibility.IsDimension(dimension))
                {
                    errors.Add("dimension", string.Format(CoreText.UnknownValue, dimension, string.Join("、", Dimensions.All)));
                }
                request = request with { Dimension = dimension };
            }
            if (!string.IsNullOrWhiteSpace(query.Department))
            {
                var department = query.Department.Trim();
                var kinds = await departments.KindsAsync(cancellationToken);
                if (kinds.All(k => k.Code != department))
                {
                    errors.Add("department", string.Format(CoreText.UnknownValue, department, string.Join("、", kinds.Select(k => k.Code))));
                }
                request = request with { Department = department };
            }
            if (query.From is { } from)
            {
                request = request with { From = from };
            }
            if (query.To is { } to)
            {
                request = request with { To = to };
            }
            if (query is { From: { } f, To: { } t } && f > t)
            {
                errors.Add("from", DisclosureText.BadDateRange);
            }
            if (query.Year is { } year)
            {
                if (year is < 2000 or > 2100)
                {
                    errors.Add("year", DisclosureText.BadYear);
                }
                else
                {
                    var first = new DateOnly(year, 1, 1);
                    var last = new DateOnly(year, 12, 31);
                    request = request with
                    {
                        From = request.From is { } f0 && f0 > first ? f0 : first,
                        To = request.To is { } t0 && t0 < last ? t0 : last,
                    };
                }
            }
            IReadOnlyList<CreditCodeCorrection>? didYouMean = null;
            string? creditCode = null;
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var q = query.Q.Trim();
                if (q.Length > 200)
                {
                    errors.Add("q", DisclosureText.QueryTooLong);
                }
                var code = CreditCode.Check(q);
                if (code.IsValid)
                {
                    creditCode = code.Normalized;
                    request = request with { CreditCode = code.Normalized };
                }
                else
                {
                    didYouMean = await CorrectionsAsync(code.Normalized, cancellationToken);
                    request = request with { Text = q };
                }
            }
            if (query.Sort is not (null or "newest" or "oldest"))
            {
                errors.Add("sort", string.Format(DisclosureText.BadSort, query.Sort));
            }
            var pageSize = query.PageSize ?? DefaultPageSize;
            if (pageSize is < 1 or > 100)
            {
                errors.Add("pageSize", DisclosureText.BadPageSize);
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }

            var answer = search is null ? SearchAnswer.NotReady : await search.SearchAsync(request with { Cursor = query.Cursor }, cancellationToken);
            if (answer == SearchAnswer.NotReady)
            {
                answer = await database.SearchAsync(request with { Cursor = query.Cursor }, cancellationToken);
            }
            if (answer.Problem != SearchProblem.None)
            {
                errors.Add(answer.Problem == SearchProblem.BadCursor ? "cursor" : "q",
                    answer.Problem == SearchProblem.BadCursor ? DisclosureText.BadCursor : DisclosureText.NothingSearchable);
                return Outcome<Result>.Invalid(errors);
            }
            return Outcome<Result>.Ok(await ShapeAsync(answer.Page!, tree, region, now, cancellationToken) with
            {
                DidYouMean = didYouMean,
                CreditCode = creditCode,
            });
        }

        /// <summary>The page's rows from the database, in the answer's order; a row withdrawn since the index saw it is left out.</summary>
        private async Task<Result> ShapeAsync(SearchPage found, RegionTree tree, Region? region, DateTime now, CancellationToken cancellationToken)
        {
            var ids = found.Ids;
            var rows = new List<Announcement>(ids.Count);
            await foreach (var row in ByIds.For(db)(db, [.. ids]).WithCancellation(cancellationToken))
            {
                if (row.IsPublicAt(now))
                {
                    rows.Add(row);
                }
            }
            var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            rows.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
            var f = found.Facets!;
            var children = region is null ? tree.Roots : tree.Children(region.Code);
            var regionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var child in children)
            {
                if (f.RegionPath.TryGetValue(child.Path, out var count) && count > 0)
                {
                    regionCounts[child.Code] = count;
                }
            }
            var facets = new Facets(
                f.List.OrderBy(x => ListDefinitions.TryParse(x.Key, out var l) ? l.Order : int.MaxValue).ToDictionary(x => x.Key, x => x.Value),
                f.Level.OrderBy(x => WireValue.TryParse<RegionLevel>(x.Key, out var l) ? (int)l : 99).ToDictionary(x => x.Key, x => x.Value),
                regionCounts,
                f.Industry.OrderByDescending(x => x.Value).ToDictionary(x => x.Key, x => x.Value),
                f.Dimension.OrderByDescending(x => x.Value).ToDictionary(x => x.Key, x => x.Value),
                f.Year.OrderByDescending(x => x.Key).ToDictionary(x => x.Key.ToString(CultureInfo.InvariantCulture), x => x.Value));
            return new Result(found.Total, await views.ToItemsAsync(rows, cancellationToken), facets, found.NextCursor)
            {
                Highlight = found.HighlightTerms,
            };
        }

        private async Task<IReadOnlyList<CreditCodeCorrection>?> CorrectionsAsync(string normalized, CancellationToken cancellationToken)
        {
            var corrections = CreditCode.SingleCharacterCorrections(normalized);
            if (corrections.Count == 0)
            {
                return null;
            }
            var candidates = corrections.Select(c => c.CreditCode).ToList();
            var known = await db.Enterprises.AsNoTracking().Where(e => candidates.Contains(e.CreditCode)).Select(e => e.CreditCode).ToListAsync(cancellationToken);
            // A registered enterprise is almost certainly what was meant; otherwise the check character is the likeliest slip.
            return known.Count > 0
                ? corrections.Where(c => known.Contains(c.CreditCode)).ToList()
                : corrections.Take(1).ToList();
        }

        // The ids as one array parameter and nothing else: SQLite then reads by primary key, where a status condition
        // made it walk the (Status, PublishAt) index over every published row. Compiled once, as the page is the API's
        // busiest: building and looking up the expression cost a tenth of a request (profiled under wrk).
        private static readonly PerModel<Func<PortalDbContext, int[], IAsyncEnumerable<Announcement>>> ByIds = new(() => EF.CompileAsyncQuery(
            (PortalDbContext db, int[] ids) => db.Set<Announcement>().AsNoTracking().Where(a => ids.Contains(a.Id))));
    }
}
