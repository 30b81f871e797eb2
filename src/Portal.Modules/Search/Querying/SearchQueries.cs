using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;
using Portal.Modules.Search.Index;

namespace Portal.Modules.Search.Querying;

/// <summary>
/// Answers the public lists from this node's index: the match (if any text), the filters, newest first by walking
/// keys backwards, keyset paging on the key, and total plus every facet from one grouped pass over the matches.
/// A node a few tasks behind replays them first, so what was just published on this node or another is found.
/// </summary>
public sealed class SearchQueries(IndexStore store, IndexMaintenance maintenance, IOptions<SearchOptions> options) : IFullTextSearch
{
    public async Task<SearchAnswer> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (!store.IsReady)
        {
            return SearchAnswer.NotReady;
        }
        await CatchUpIfSlightlyBehindAsync(cancellationToken);

        var parsed = SearchQueryParser.Parse(request.Text);
        if (!string.IsNullOrWhiteSpace(request.Text) && parsed.Match is null)
        {
            return new SearchAnswer(null, SearchProblem.NothingSearchable);
        }
        long? cursor = null;
        if (!string.IsNullOrEmpty(request.Cursor))
        {
            cursor = DecodeCursor(request.Cursor);
            if (cursor is null)
            {
                return new SearchAnswer(null, SearchProblem.BadCursor);
            }
        }

        using var connection = store.OpenReader();
        var filter = new StringBuilder();
        using var pageCommand = connection.CreateCommand();
        using var facetCommand = connection.CreateCommand();
        void Where(string clause, string name, object value)
        {
            filter.Append(" AND ").Append(clause);
            pageCommand.Parameters.AddWithValue(name, value);
            facetCommand.Parameters.AddWithValue(name, value);
        }
        Where("d.key <= $visible", "$visible", IndexSchema.VisibleKeyLimit(request.Now));
        if (parsed.Match is not null)
        {
            Where("fts MATCH $match", "$match", parsed.Match);
        }
        if (request.List is { } list)
        {
            Where("d.list = $list", "$list", list);
        }
        if (request.Stage is { } stage)
        {
            Where("d.stage = $stage", "$stage", stage);
        }
        if (request.Level is { } level)
        {
            Where("d.level = $level", "$level", level);
        }
        if (request.RegionPath is { } path)
        {
            // A range rather than LIKE: SQLite's LIKE is case-folding and would not use the index.
            Where("d.region_path >= $path_from AND d.region_path < $path_to", "$path_from", path);
            pageCommand.Parameters.AddWithValue("$path_to", path + "\uffff");
            facetCommand.Parameters.AddWithValue("$path_to", path + "\uffff");
        }
        if (request.Industry is { } industry)
        {
            Where("d.industry = $industry", "$industry", industry);
        }
        if (request.Dimension is { } dimension)
        {
            Where("d.dimension = $dimension", "$dimension", dimension);
        }
        if (request.Department is { } department)
        {
            Where("d.department = $department", "$department", department);
        }
        if (request.CreditCode is { } code)
        {
            Where("d.credit_code = $credit_code", "$credit_code", code);
        }
        if (request.From is { } from)
        {
            Where("d.published_on >= $from", "$from", IndexWriter.DateNumber(from));
        }
        if (request.To is { } to)
        {
            Where("d.published_on <= $to", "$to", IndexWriter.DateNumber(to));
        }

        var source = parsed.Match is null ? "docs d" : "fts JOIN docs d ON d.key = fts.rowid";
        var keyColumn = parsed.Match is null ? "d.key" : "fts.rowid";
        var order = request.NewestFirst ? "DESC" : "ASC";
        var pageFilter = filter.ToString();
        if (cursor is { } after)
        {
            pageFilter += request.NewestFirst ? $" AND {keyColumn} < $after" : $" AND {keyColumn} > $after";
            pageCommand.Parameters.AddWithValue("$after", after);
        }
        pageCommand.CommandText = $"SELECT d.key, d.id FROM {source} WHERE 1 = 1{pageFilter} ORDER BY {keyColumn} {order} LIMIT $limit";
        pageCommand.Parameters.AddWithValue("$limit", request.PageSize + 1);
        var keys = new List<(long Key, int Id)>();
        using (var reader = await pageCommand.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add((reader.GetInt64(0), reader.GetInt32(1)));
            }
        }
        string? next = null;
        if (keys.Count > request.PageSize)
        {
            keys.RemoveAt(request.PageSize);
            next = EncodeCursor(keys[^1].Key);
        }

        var (total, facets) = await CountAsync(facetCommand, source, filter.ToString(), request, cancellationToken);
        return new SearchAnswer(new SearchPage(total, keys.Select(k => k.Id).ToList(), next, facets, parsed.HighlightTerms), SearchProblem.None);
    }

    private static async Task<(int Total, SearchFacets? Facets)> CountAsync(SqliteCommand command, string source, string filter, SearchRequest request, CancellationToken cancellationToken)
    {
        if (!request.WithFacets)
        {
            command.CommandText = $"SELECT count(*) FROM {source} WHERE 1 = 1{filter}";
            return (Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture), null);
        }
        // Region paths are "/220000/220300/220303/": seven characters a level, so the next level down is a fixed-length prefix.
        var depth = request.RegionPath is null ? 0 : request.RegionPath.Count(c => c == '/') - 1;
        var prefix = depth >= 3 ? 0 : 1 + 7 * (depth + 1);
        command.CommandText = $"""
            SELECT d.list, d.level, substr(d.region_path, 1, {prefix}), d.industry, d.dimension, d.published_on / 10000, count(*)
            FROM {source} WHERE 1 = 1{filter}
            GROUP BY 1, 2, 3, 4, 5, 6
            """;
        var lists = new Dictionary<string, int>();
        var levels = new Dictionary<string, int>();
        var regions = new Dictionary<string, int>();
        var industries = new Dictionary<string, int>();
        var dimensions = new Dictionary<string, int>();
        var years = new Dictionary<int, int>();
        var total = 0;
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = reader.GetInt32(6);
                total += count;
                Add(lists, reader.GetString(0), count);
                Add(levels, reader.GetString(1), count);
                if (prefix > 0)
                {
                    Add(regions, reader.GetString(2), count);
                }
                Add(industries, reader.GetString(3), count);
                if (!reader.IsDBNull(4))
                {
                    Add(dimensions, reader.GetString(4), count);
                }
                Add(years, reader.GetInt32(5), count);
            }
        }
        return (total, new SearchFacets(lists, levels, regions, industries, dimensions, years));

        static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int count) where TKey : notnull =>
            counts[key] = counts.GetValueOrDefault(key) + count;
    }

    private async Task CatchUpIfSlightlyBehindAsync(CancellationToken cancellationToken)
    {
        var latest = await maintenance.LatestTaskAsync(cancellationToken);
        var behind = latest - maintenance.Cursor;
        if (behind > 0 && behind <= options.Value.CatchUpBeforeSearch)
        {
            await maintenance.CatchUpAsync(cancellationToken);
        }
    }

    private const string CursorPrefix = "k";

    public static string EncodeCursor(long key) => CursorPrefix + key.ToString(CultureInfo.InvariantCulture);

    public static long? DecodeCursor(string cursor) =>
        cursor.StartsWith(CursorPrefix, StringComparison.Ordinal)
        && long.TryParse(cursor.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : null;
}
