using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Modules.Search.Index;

namespace Portal.Modules.Search.Querying;

/// <summary>
/// One pass over every match: the exact total, every facet count, and the page (the newest or oldest few after the
/// cursor), all from the segment's plain arrays. What the index keeps but may not show yet — another kind of
/// document, a publication scheduled for later, a date outside the range — is skipped here rather than in the
/// query, where it would cost a postings walk over every document.
/// </summary>
internal sealed class MatchCollector(MatchCollector.Criteria criteria) : ICollector
{
    public sealed record Criteria(string Kind, long VisibleKey, long? After, bool NewestFirst, int PageSize, int? From, int? To, bool CountFacets);

    private const int FirstYear = 2000, Years = 201;

    private readonly Dictionary<string, int>[] _facets = IndexSchema.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly int[] _years = new int[Years];
    private readonly PriorityQueue<int, long> _page = new();
    private SegmentColumns? _columns;
    private int[][] _segmentCounts = [];
    private int _kindOrdinal = -1;

    // What every hit is compared with, out of the record (a nullable date bound is two tests a hit).
    private readonly long _visibleKey = criteria.VisibleKey;
    private readonly int _from = criteria.From ?? int.MinValue;
    private readonly int _to = criteria.To ?? int.MaxValue;
    private readonly bool _countFacets = criteria.CountFacets;
    private readonly bool _newestFirst = criteria.NewestFirst;
    private readonly long _after = criteria.After ?? (criteria.NewestFirst ? long.MaxValue : long.MinValue);

    // The segment's arrays in fields of their own: a hit then costs a handful of array reads, not jagged look-ups.
    private int[] _kinds = [];
    private long[] _keys = [];
    private int[] _published = [];
    private int[] _ids = [];
    private int[][] _counted = [];
    private int[][] _countsOf = [];

    public int Total { get; private set; }

    /// <summary>The smallest key of a match not public yet: until then, the same question has the same answer.</summary>
    public long NextHiddenKey { get; private set; } = long.MaxValue;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var c = _columns = SegmentColumns.Of(context.AtomicReader);
        _kindOrdinal = c.OrdinalOf(SegmentColumns.KindFacet, criteria.Kind);
        _segmentCounts = criteria.CountFacets ? c.Values.Select(v => new int[v.Length]).ToArray() : [];
        _kinds = c.Ordinals[SegmentColumns.KindFacet];
        _keys = c.Keys;
        _published = c.PublishedOn;
        _ids = c.Ids;
        _counted = criteria.CountFacets ? Enumerable.Range(0, c.Ordinals.Length).Where(f => f != SegmentColumns.KindFacet).Select(f => c.Ordinals[f]).ToArray() : [];
        _countsOf = criteria.CountFacets ? Enumerable.Range(0, c.Ordinals.Length).Where(f => f != SegmentColumns.KindFacet).Select(f => _segmentCounts[f]).ToArray() : [];
    }

    public void Collect(int doc)
    {
        if (_kinds[doc] != _kindOrdinal)
        {
            return;
        }
        var key = _keys[doc];
        if (key > _visibleKey)
        {
            NextHiddenKey = Math.Min(NextHiddenKey, key);
            return;
        }
        var published = _published[doc];
        if (published < _from || published > _to)
        {
            return;
        }
        Total++;
        if (_countFacets)
        {
            var counted = _counted;
            for (var f = 0; f < counted.Length; f++)
            {
                if (counted[f][doc] is var ordinal and >= 0)
                {
                    _countsOf[f][ordinal]++;
                }
            }
            _years[Math.Clamp(published / 10000 - FirstYear, 0, Years - 1)]++;
        }
        if (_newestFirst ? key >= _after : key <= _after)
        {
            return;
        }
        Offer(_ids[doc], _newestFirst ? key : -key);
    }

    /// <summary>A min-heap of the best so far: the newest keep the largest keys, the oldest the smallest.</summary>
    private void Offer(int id, long priority)
    {
        if (_page.Count < criteria.PageSize)
        {
            _page.Enqueue(id, priority);
        }
        else if (_page.TryPeek(out _, out var worst) && priority > worst)
        {
            _page.EnqueueDequeue(id, priority);
        }
    }

    /// <summary>Adds what <paramref name="other"/> collected over other segments, with the same criteria.</summary>
    public void Merge(MatchCollector other)
    {
        FlushSegment();
        other.FlushSegment();
        Total += other.Total;
        NextHiddenKey = Math.Min(NextHiddenKey, other.NextHiddenKey);
        for (var f = 0; f < _facets.Length; f++)
        {
            foreach (var (value, count) in other._facets[f])
            {
                _facets[f][value] = _facets[f].GetValueOrDefault(value) + count;
            }
        }
        for (var i = 0; i < Years; i++)
        {
            _years[i] += other._years[i];
        }
        foreach (var (id, priority) in other._page.UnorderedItems)
        {
            Offer(id, priority);
        }
    }

    /// <summary>The page's ids in order, each with its key for the next cursor.</summary>
    public IReadOnlyList<(int Id, long Key)> Page()
    {
        var page = new List<(int Id, long Key)>(_page.Count);
        foreach (var (id, priority) in _page.UnorderedItems)
        {
            page.Add((id, criteria.NewestFirst ? priority : -priority));
        }
        page.Sort((a, b) => criteria.NewestFirst ? b.Key.CompareTo(a.Key) : a.Key.CompareTo(b.Key));
        return page;
    }

    /// <summary>Counts per value of facet <paramref name="facet"/> (an index into <see cref="IndexSchema.Facets"/>).</summary>
    public IReadOnlyDictionary<string, int> Facet(int facet)
    {
        FlushSegment();
        return _facets[facet];
    }

    public IReadOnlyDictionary<int, int> YearCounts()
    {
        var years = new Dictionary<int, int>();
        for (var i = 0; i < Years; i++)
        {
            if (_years[i] > 0)
            {
                years[FirstYear + i] = _years[i];
            }
        }
        return years;
    }

    /// <summary>Names the finished segment's ordinals once, rather than a value per hit.</summary>
    private void FlushSegment()
    {
        if (_columns is null)
        {
            return;
        }
        for (var f = 0; f < _segmentCounts.Length; f++)
        {
            var counts = _segmentCounts[f];
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0)
                {
                    var value = _columns.Values[f][ordinal];
                    _facets[f][value] = _facets[f].GetValueOrDefault(value) + counts[ordinal];
                    counts[ordinal] = 0;
                }
            }
        }
    }
}
