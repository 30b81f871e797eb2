using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Search.Querying;

/// <summary>
/// Runs a query's collection over the index's segments. A question asked for the first time counts every match and
/// its facets (a phrase with 400,000 matches: 40–80 ms on one core), so its segments are split into one slice per core,
/// each collected on its own and merged, as Lucene's own searcher does with an executor for its top-documents
/// searches. Asked again, only the page is collected (the counts are kept), on the request's thread.
/// </summary>
internal static class SegmentSearch
{
    /// <summary>Below this many possible matches, waking another core costs more than it saves (a rare term: 1.8 → 4 ms).</summary>
    private const int ParallelFrom = 50_000;

    /// <param name="everyMatch">The matches are to be counted, not only the page collected.</param>
    /// <param name="cores">Slices at most (the tests ask for more than the machine has).</param>
    /// <param name="parallelFrom">Documents in the index from which the segments are sliced.</param>
    public static MatchCollector Collect(IndexSearcher searcher, Query query, MatchCollector.Criteria criteria, bool everyMatch, int? cores = null,
        int parallelFrom = ParallelFrom)
    {
        var leaves = searcher.IndexReader.Leaves;
        var slices = everyMatch && AtMost(searcher.IndexReader, query) >= parallelFrom ? Slices(leaves, query, cores ?? Environment.ProcessorCount) : [];
        if (slices.Count < 2)
        {
            var single = new MatchCollector(criteria);
            searcher.Search(query, single);
            return single;
        }
        var weight = searcher.CreateNormalizedWeight(query);
        var collectors = new MatchCollector[slices.Count];
        Parallel.For(0, slices.Count, i =>
        {
            var collector = collectors[i] = new MatchCollector(criteria);
            foreach (var leaf in slices[i])
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
        });
        for (var i = 1; i < collectors.Length; i++)
        {
            collectors[0].Merge(collectors[i]);
        }
        return collectors[0];
    }

    /// <summary>
    /// How many documents the query can match at most, from its terms' document frequencies: a conjunction no more
    /// than its rarest part, a disjunction no more than its parts together, anything else the whole index.
    /// </summary>
    internal static long AtMost(IndexReader reader, Query query) => query switch
    {
        TermQuery term => reader.DocFreq(term.Term),
        PhraseQuery phrase => phrase.GetTerms().Select(reader.DocFreq).DefaultIfEmpty(0).Min(),
        BooleanQuery boolean when boolean.Clauses.Any(c => c.IsRequired) =>
            boolean.Clauses.Where(c => c.IsRequired).Min(c => AtMost(reader, c.Query)),
        BooleanQuery boolean => Math.Min(reader.MaxDoc, boolean.Clauses.Where(c => !c.IsProhibited).Sum(c => AtMost(reader, c.Query))),
        _ => reader.MaxDoc,
    };

    /// <summary>
    /// The segments dealt into <paramref name="count"/> slices of about equal work, largest first: each segment weighs
    /// what the query can match in it, not its size, since the slowest slice sets the time. A rebuild writes the
    /// register last, so its documents fill segments of their own that an announcement query cannot match (at a
    /// million, the phrase's possible matches split 197,139 / 209,832 by size, 202,949 / 204,022 by this).
    /// </summary>
    internal static List<List<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, Query query, int count)
    {
        if (count < 2 || leaves.Count < 2)
        {
            return [];
        }
        var slices = Enumerable.Range(0, Math.Min(count, leaves.Count)).Select(_ => (Work: 0L, Leaves: new List<AtomicReaderContext>())).ToList();
        foreach (var (leaf, work) in leaves.Select(l => (Leaf: l, Work: AtMost(l.AtomicReader, query))).OrderByDescending(l => l.Work))
        {
            var lightest = slices.MinBy(s => s.Work);
            lightest.Leaves.Add(leaf);
            slices[slices.IndexOf(lightest)] = (lightest.Work + work, lightest.Leaves);
        }
        return slices.Select(s => s.Leaves).ToList();
    }
}
