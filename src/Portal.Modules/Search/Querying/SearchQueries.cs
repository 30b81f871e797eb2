using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;
using Portal.Modules.Search.Index;

namespace Portal.Modules.Search.Querying;

/// <summary>
/// Answers the public lists from this node's index: the text (if any) and the filters as one Lucene query, and one
/// pass over its matches for the exact total, every facet and the page (<see cref="MatchCollector"/>), newest first
/// with keyset paging on the publication key. A node a few tasks behind replays them first, so what was just
/// published on this node or another is found.
/// </summary>
public sealed class SearchQueries(IndexStore store, IndexMaintenance maintenance, IndexingSignal signal, IOptions<SearchOptions> options) : IFullTextSearch, IDisposable
{
    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public void Dispose()
    {
        _counts.Dispose();
        _pages.Dispose();
    }

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
        using var lease = store.Acquire();
        if (lease is null)
        {
            return SearchAnswer.NotReady;
        }

        var visible = IndexSchema.VisibleKeyLimit(request.Now);
        var generation = lease.Index.Generation;
        var version = ((DirectoryReader)lease.Searcher.IndexReader).Version;
        var pageKey = new PageKey(generation, version, request with { Now = default });
        if (_pages.TryGetValue(pageKey, out Answered? answered) && answered is not null && visible < answered.NextHiddenKey)
        {
            return new SearchAnswer(answered.Page with { HighlightTerms = parsed.HighlightTerms }, SearchProblem.None);
        }
        var countKey = new CountKey(generation, version, request with { Now = default, Cursor = null, PageSize = 0 });
        var cached = _counts.TryGetValue(countKey, out Counted? hit) && hit is not null && visible < hit.NextHiddenKey ? hit : null;
        var collector = SegmentSearch.Collect(lease.Searcher, QueryOf(parsed.Match, request), new MatchCollector.Criteria(request.Kind, visible, cursor,
            request.NewestFirst, request.PageSize + 1,
            request.From is { } from ? IndexSchema.DateNumber(from) : null,
            request.To is { } to ? IndexSchema.DateNumber(to) : null,
            CountFacets: request.WithFacets && cached is null), everyMatch: cached is null);

        var counted = cached ?? new Counted(collector.Total, request.WithFacets ? FacetsOf(collector, request) : null, collector.NextHiddenKey);
        if (cached is null)
        {
            _counts.Set(countKey, counted, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }
        var page = collector.Page().ToList();
        string? next = null;
        if (page.Count > request.PageSize)
        {
            page.RemoveAt(request.PageSize);
            next = EncodeCursor(page[^1].Key);
        }
        var found = new SearchPage(counted.Total, page.Select(p => p.Id).ToList(), next, counted.Facets, parsed.HighlightTerms);
        _pages.Set(pageKey, new Answered(found, Math.Min(counted.NextHiddenKey, collector.NextHiddenKey)),
            new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return new SearchAnswer(found, SearchProblem.None);
    }

    /// <summary>
    /// Whole answers, for the same reader and the same question down to the cursor: the first page of a list is asked
    /// for again and again, and finding its page means a pass over every match, however well the counts are cached.
    /// </summary>
    private sealed record Answered(SearchPage Page, long NextHiddenKey);

    private sealed record PageKey(int Generation, long ReaderVersion, SearchRequest Request);

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = 5_000 });

    /// <summary>
    /// Counts depend only on the filters and the index's contents, and the public asks the same few questions over
    /// and over (a list unfiltered, a common word), so they are kept for the reader they were counted on, until a
    /// scheduled document's time comes. Another page of the same question is collected afresh.
    /// </summary>
    private sealed record Counted(int Total, SearchFacets? Facets, long NextHiddenKey);

    private sealed record CountKey(int Generation, long ReaderVersion, SearchRequest Request);

    /// <summary>Every filter is a term that must match; with no text and no filter, every document.</summary>
    private static Query QueryOf(Query? text, SearchRequest request)
    {
        var query = new BooleanQuery();
        if (text is not null)
        {
            query.Add(text, Occur.MUST);
        }
        void Must(string field, string? value)
        {
            if (value is not null)
            {
                query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
            }
        }
        Must(IndexSchema.List, request.List);
        Must(IndexSchema.Stage, request.Stage);
        Must(IndexSchema.Level, request.Level);
        Must(IndexSchema.Region, request.RegionPath);
        Must(IndexSchema.Industry, request.Industry);
        Must(IndexSchema.Dimension, request.Dimension);
        Must(IndexSchema.Department, request.Department);
        Must(IndexSchema.CreditCode, request.CreditCode);
        return query.Clauses.Count == 0 ? new MatchAllDocsQuery() : query;
    }

    private static SearchFacets FacetsOf(MatchCollector collector, SearchRequest request) => new(
        Facet(collector, IndexSchema.List), Facet(collector, IndexSchema.Level),
        SearchFacets.RegionsBelow(request.RegionPath, Facet(collector, IndexSchema.RegionPath).Select(x => (x.Key, x.Value))),
        Facet(collector, IndexSchema.Industry), Facet(collector, IndexSchema.Dimension), collector.YearCounts());

    private static IReadOnlyDictionary<string, int> Facet(MatchCollector collector, string field) => collector.Facet(Array.IndexOf(IndexSchema.Facets, field));

    private long _signalSeen = -1;
    private long _checkedAt;

    /// <summary>
    /// After a commit on this node, or when the last look is older than <see cref="SearchOptions.LogCheckInterval"/>,
    /// reads the end of the task log and replays a short way behind, or into the gaps a slower transaction left behind
    /// the log's end (they may have committed since); otherwise trusts the last look (and the worker's poll).
    /// </summary>
    private async Task CatchUpIfSlightlyBehindAsync(CancellationToken cancellationToken)
    {
        var version = signal.Version;
        // Real elapsed time, whatever the domain clock says.
        var now = Stopwatch.GetTimestamp();
        if (version == Interlocked.Read(ref _signalSeen) && Stopwatch.GetElapsedTime(Interlocked.Read(ref _checkedAt), now) < options.Value.LogCheckInterval)
        {
            return;
        }
        var latest = await maintenance.LatestTaskAsync(cancellationToken);
        var behind = latest - maintenance.ReplayedThrough;
        if ((behind > 0 && behind <= options.Value.CatchUpBeforeSearch) || maintenance.HasOpenGaps)
        {
            await maintenance.CatchUpAsync(cancellationToken);
        }
        // Marked seen only once caught up: a request arriving meanwhile reads the log itself rather than trusting
        // a look that has not finished.
        Interlocked.Exchange(ref _signalSeen, version);
        Interlocked.Exchange(ref _checkedAt, now);
    }

    private const string CursorPrefix = "k";

    public static string EncodeCursor(long key) => CursorPrefix + key.ToString(CultureInfo.InvariantCulture);

    public static long? DecodeCursor(string cursor) =>
        cursor.StartsWith(CursorPrefix, StringComparison.Ordinal)
        && long.TryParse(cursor.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : null;
}
