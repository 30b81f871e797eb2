using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Enterprises;

/// <summary>
/// The enterprise register for the public (GET /api/v1/enterprises, and the enterprises shown first on the search
/// page): full text over names, addresses, places, industries and equipment; a valid credit code goes straight to its
/// enterprise; filters by region subtree, industry and standing on the lists; exact facets; keyset paging. While
/// the node has no index yet, names and addresses are matched in the database instead, without facets.
/// </summary>
public static class SearchEnterprises
{
    public sealed record Query
    {
        public string? Q { get; init; }
        public string? Region { get; init; }
        public string? Industry { get; init; }
        public string? Status { get; init; }
        public string? Cursor { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Item(string CreditCode, string Name, string Address, string RegionCode, string RegionName, string Industry, string IndustryName, string Status);

    public sealed record Facets(IReadOnlyDictionary<string, int> Region, IReadOnlyDictionary<string, int> Industry, IReadOnlyDictionary<string, int> Status);

    public sealed record Result(int Total, IReadOnlyList<Item> Items, Facets Facets, string? NextCursor)
    {
        public IReadOnlyList<string> Highlight { get; init; } = [];
    }

    /// <summary>An enterprise's standing: the list of its newest public announcement, or none.</summary>
    public static readonly IReadOnlyList<string> Statuses =
        [.. ListDefinitions.All.Select(l => l.Wire), EnterpriseSearchSource.NotListed];

    private static readonly string[] StatusOrder = [.. Statuses];

    public sealed class Handler(PortalDbContext db, RegionDirectory regions, NameDirectory names, EnterpriseSearchSource source, TimeProvider clock, IFullTextSearch? search = null)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var tree = await regions.GetAsync(cancellationToken);
            var request = new SearchRequest { Kind = Enterprise.SearchKindName, Now = clock.GetUtcNow().UtcDateTime, PageSize = query.PageSize ?? 20 };
            var region = SearchFilters.Region(query.Region, tree, errors);
            request = request with
            {
                RegionPath = region?.Path,
                Industry = await SearchFilters.IndustryAsync(query.Industry, names, db, errors, cancellationToken),
            };
            if (!string.IsNullOrWhiteSpace(query.Status))
            {
                var status = query.Status.Trim();
                if (!Statuses.Contains(status))
                {
                    errors.Add("status", string.Format(CoreText.UnknownValue, status, string.Join("、", Statuses)));
                }
                request = request with { List = status };
            }
            string? code = null;
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var q = query.Q.Trim();
                if (q.Length > 200)
                {
                    errors.Add("q", DisclosureText.QueryTooLong);
                }
                var check = CreditCode.Check(q);
                code = check.IsValid ? check.Normalized : null;
                request = code is null ? request with { Text = q } : request with { CreditCode = code };
            }
            if (request.PageSize is < 1 or > 100)
            {
                errors.Add("pageSize", DisclosureText.BadPageSize);
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }

            if (search is not null)
            {
                var answer = await search.SearchAsync(request with { Cursor = query.Cursor }, cancellationToken);
                if (answer.Problem != SearchProblem.None)
                {
                    errors.Add(answer.Problem == SearchProblem.BadCursor ? "cursor" : "q",
                        answer.Problem == SearchProblem.BadCursor ? DisclosureText.BadCursor : DisclosureText.NothingSearchable);
                    return Outcome<Result>.Invalid(errors);
                }
                if (answer.Page is { } found)
                {
                    var children = region is null ? tree.Roots : tree.Children(region.Code);
                    var f = found.Facets!;
                    var facets = new Facets(
                        children.Where(c => f.RegionPath.GetValueOrDefault(c.Path) > 0).ToDictionary(c => c.Code, c => f.RegionPath[c.Path]),
                        f.Industry.OrderByDescending(x => x.Value).ToDictionary(x => x.Key, x => x.Value),
                        f.List.OrderBy(x => Array.IndexOf(StatusOrder, x.Key)).ToDictionary(x => x.Key, x => x.Value));
                    return Outcome<Result>.Ok(new Result(found.Total, await ItemsAsync(found.Ids, tree, cancellationToken), facets, found.NextCursor)
                    {
                        Highlight = found.HighlightTerms,
                    });
                }
            }
            return Outcome<Result>.Ok(await FromDatabaseAsync(request, tree, cancellationToken));
        }

        /// <summary>Without an index: a substring of the name or address, the region and industry; the standing filter and facets need the index.</summary>
        private async Task<Result> FromDatabaseAsync(SearchRequest request, RegionTree tree, CancellationToken cancellationToken)
        {
            var rows = db.Enterprises.AsNoTracking();
            if (request.Text is { } text)
            {
                rows = rows.Where(e => e.Name.Contains(text) || e.Address.Contains(text));
            }
            if (request.CreditCode is { } code)
            {
                rows = rows.Where(e => e.CreditCode == code);
            }
            if (request.Industry is { } industry)
            {
                rows = rows.Where(e => e.IndustryCode == industry);
            }
            if (request.RegionPath is not null)
            {
                var codes = tree.All.Where(r => r.Path.StartsWith(request.RegionPath, StringComparison.Ordinal)).Select(r => r.Code).ToList();
                rows = rows.Where(e => codes.Contains(e.RegionCode));
            }
            var total = await rows.CountAsync(cancellationToken);
            var ids = await rows.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Select(e => e.Id).Take(request.PageSize).ToListAsync(cancellationToken);
            return new Result(total, await ItemsAsync(ids, tree, cancellationToken), new Facets(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>()), null);
        }

        private async Task<IReadOnlyList<Item>> ItemsAsync(IReadOnlyList<int> ids, RegionTree tree, CancellationToken cancellationToken)
        {
            var rows = await db.Enterprises.AsNoTracking().Where(e => EF.MultipleParameters(ids).Contains(e.Id)).ToListAsync(cancellationToken);
            var industries = (await names.GetAsync(cancellationToken)).Industries;
            var standings = await source.StandingsAsync(ids, cancellationToken);
            var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            return rows.OrderBy(e => order[e.Id]).Select(e => new Item(
                e.CreditCode, e.Name, e.Address, e.RegionCode, string.Concat(tree.Lineage(e.RegionCode).Select(r => r.Name)),
                e.IndustryCode, industries.GetValueOrDefault(e.IndustryCode, e.IndustryCode), standings.GetValueOrDefault(e.Id, EnterpriseSearchSource.NotListed))).ToList();
        }
    }
}
