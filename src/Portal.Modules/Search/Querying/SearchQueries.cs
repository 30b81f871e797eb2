using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;
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
public sealed class SearchQueries(IndexStore store, IndexMaintenance maintenance, IOptions<SearchOptions> options) : IFullTextSearch, IDisposable
{
    public void Dispose() => _counts.Dispose();

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

        var counted = await CountCachedAsync(connection, request, () => parsed.Match is null
            ? CountAllAsync(connection, facetCommand, filter.ToString(), request, cancellationToken)
            : CountNewestAsync(connection, facetCommand, filter.ToString(), request, cancellationToken));
        return new SearchAnswer(new SearchPage(counted.Total, keys.Select(k => k.Id).ToList(), next, counted.Facets, parsed.HighlightTerms) { Exact = counted.Exact }, SearchProblem.None);
    }

    private sealed record Counted(int Total, bool Exact, SearchFacets? Facets, long NextScheduledKey);

    private sealed record CountKey(int Generation, long Version, SearchRequest Request);

    /// <summary>
    /// Counts depend only on the filters and the index's contents, and the public asks the same few questions over
    /// and over (a list unfiltered, a common word), so they are kept until this node's index changes (its version)
    /// or a scheduled document's time comes. The page of results is always read fresh.
    /// </summary>
    private async Task<Counted> CountCachedAsync(SqliteConnection connection, SearchRequest request, Func<Task<(int Total, bool Exact, SearchFacets? Facets)>> count)
    {
        var visible = IndexSchema.VisibleKeyLimit(request.Now);
        var key = new CountKey(store.LiveGeneration ?? 0, maintenance.Version, request with { Now = default, Cursor = null, PageSize = 0 });
        if (_counts.TryGetValue(key, out Counted? cached) && cached is not null && visible < cached.NextScheduledKey)
        {
            return cached;
        }
        using var next = connection.CreateCommand();
        next.CommandText = "SELECT min(key) FROM docs WHERE key > $visible";
        next.Parameters.AddWithValue("$visible", visible);
        var scheduled = await next.ExecuteScalarAsync() is long k ? k : long.MaxValue;
        var (total, exact, facets) = await count();
        var counted = new Counted(total, exact, facets, scheduled);
        _counts.Set(key, counted, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return counted;
    }

    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    /// <summary>
    /// Without text, every filter is on <c>docs</c> and its indexes cover the packed facet codes, so exact counts
    /// are one grouped pass over an index, without touching a row.
    /// </summary>
    private async Task<(int Total, bool Exact, SearchFacets? Facets)> CountAllAsync(SqliteConnection connection, SqliteCommand command, string filter, SearchRequest request, CancellationToken cancellationToken)
    {
        if (!request.WithFacets)
        {
            command.CommandText = $"SELECT count(*) FROM docs d WHERE 1 = 1{filter}";
            return (Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture), true, null);
        }
        command.CommandText = $"SELECT d.facets, count(*) FROM docs d WHERE 1 = 1{filter} GROUP BY d.facets";
        var counts = new List<(long Code, int Count)>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            // Synchronous steps: SQLite is in-process, and an awaited step per row cost more than the row.
            while (reader.Read())
            {
                counts.Add((reader.GetInt64(0), reader.GetInt32(1)));
            }
        }
        var (total, facets) = Tally(connection, counts, request);
        return (total, true, facets);
    }

    /// <summary>
    /// With text, counting every match of a common term means joining each of hundreds of thousands of FTS5 hits
    /// with its row, which no query budget allows. So the newest <see cref="SearchOptions.ExactCountLimit"/>
    /// matches are counted exactly (walking keys backwards, as the page does); beyond them the total is a lower
    /// bound and the facets describe those newest matches, and the answer says so.
    /// </summary>
    private async Task<(int Total, bool Exact, SearchFacets? Facets)> CountNewestAsync(SqliteConnection connection, SqliteCommand command, string filter, SearchRequest request, CancellationToken cancellationToken)
    {
        var limit = Math.Max(1, options.Value.ExactCountLimit);
        command.CommandText = $"SELECT d.facets FROM fts JOIN docs d ON d.key = fts.rowid WHERE 1 = 1{filter} ORDER BY fts.rowid DESC LIMIT {(limit + 1).ToString(CultureInfo.InvariantCulture)}";
        var perCode = new Dictionary<long, int>();
        var seen = 0;
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (reader.Read())
            {
                if (++seen > limit)
                {
                    break;
                }
                var code = reader.GetInt64(0);
                perCode[code] = perCode.GetValueOrDefault(code) + 1;
            }
        }
        var exact = seen <= limit;
        if (!request.WithFacets)
        {
            return (Math.Min(seen, limit), exact, null);
        }
        var (total, facets) = Tally(connection, perCode.Select(x => (x.Key, x.Value)).ToList(), request);
        return (total, exact, facets);
    }

    /// <summary>
    /// Adds up the counts per packed code by ordinal first (tens of thousands of distinct codes when nothing is
    /// filtered: every county × industry × year × list), then names the ordinals once.
    /// </summary>
    private (int Total, SearchFacets Facets) Tally(SqliteConnection connection, List<(long Code, int Count)> counts, SearchRequest request)
    {
        var lists = new int[FacetCode.Capacity(FacetCode.Kind.List) + 1];
        var levels = new int[FacetCode.Capacity(FacetCode.Kind.Level) + 1];
        var dimensions = new int[FacetCode.Capacity(FacetCode.Kind.Dimension) + 1];
        var industries = new int[FacetCode.Capacity(FacetCode.Kind.Industry) + 1];
        var regionOrdinals = new Dictionary<int, int>();
        var years = new Dictionary<int, int>();
        var total = 0;
        foreach (var (code, count) in counts)
        {
            var parts = FacetCode.Unpack(code);
            total += count;
            lists[parts.List] += count;
            levels[parts.Level] += count;
            dimensions[parts.Dimension] += count;
            industries[parts.Industry] += count;
            regionOrdinals[parts.Region] = regionOrdinals.GetValueOrDefault(parts.Region) + count;
            years[parts.Year] = years.GetValueOrDefault(parts.Year) + count;
        }

        var values = FacetValuesFor(connection, [(FacetCode.Kind.List, lists), (FacetCode.Kind.Level, levels), (FacetCode.Kind.Dimension, dimensions),
            (FacetCode.Kind.Industry, industries)], regionOrdinals.Keys);
        // Region paths are "/220000/220300/220303/": seven characters a level, so the next level down is a fixed-length prefix.
        var depth = request.RegionPath is null ? 0 : request.RegionPath.Count(c => c == '/') - 1;
        var prefix = depth >= 3 ? 0 : 1 + 7 * (depth + 1);
        var regions = new Dictionary<string, int>();
        if (prefix > 0)
        {
            foreach (var (ordinal, count) in regionOrdinals)
            {
                if (values.ValueOf(FacetCode.Kind.Region, ordinal) is { } path && path.Length >= prefix)
                {
                    regions[path[..prefix]] = regions.GetValueOrDefault(path[..prefix]) + count;
                }
            }
        }
        return (total, new SearchFacets(Named(FacetCode.Kind.List, lists), Named(FacetCode.Kind.Level, levels), regions,
            Named(FacetCode.Kind.Industry, industries), Named(FacetCode.Kind.Dimension, dimensions), years));

        Dictionary<string, int> Named(FacetCode.Kind kind, int[] perOrdinal)
        {
            var named = new Dictionary<string, int>();
            for (var ordinal = 1; ordinal < perOrdinal.Length; ordinal++)
            {
                if (perOrdinal[ordinal] > 0 && values.ValueOf(kind, ordinal) is { } value)
                {
                    named[value] = perOrdinal[ordinal];
                }
            }
            return named;
        }
    }

    private sealed record CachedValues(int Generation, FacetValues Values);

    private volatile CachedValues? _facetValues;

    /// <summary>The live file's facet values, read again only when an ordinal turns up that this copy has not seen.</summary>
    private FacetValues FacetValuesFor(SqliteConnection connection, IReadOnlyList<(FacetCode.Kind Kind, int[] PerOrdinal)> used, IEnumerable<int> regions)
    {
        var generation = store.LiveGeneration ?? 0;
        var cached = _facetValues;
        if (cached is not null && cached.Generation == generation && KnowsAll(cached.Values))
        {
            return cached.Values;
        }
        var values = FacetValues.Load(connection);
        _facetValues = new CachedValues(generation, values);
        return values;

        bool KnowsAll(FacetValues values)
        {
            foreach (var (kind, perOrdinal) in used)
            {
                for (var ordinal = 1; ordinal < perOrdinal.Length; ordinal++)
                {
                    if (perOrdinal[ordinal] > 0 && !values.Knows(kind, ordinal))
                    {
                        return false;
                    }
                }
            }
            foreach (var ordinal in regions)
            {
                if (!values.Knows(FacetCode.Kind.Region, ordinal))
                {
                    return false;
                }
            }
            return true;
        }
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
