using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Search.Querying;

/// <summary>
/// Runs a query's collection over the index's segments. A question asked for the first time counts every match and
/// its facets (a phrase with 400,000 matches: 45–60 ms on one core), so its segments are cut into pieces that every
/// core takes from as it finishes the last, each core collecting on its own, and the collections are merged, as
/// Lucene's own searcher does with an executor for its top-documents searches. Asked again, only the page is
/// collected (the counts are kept), on the request's thread.
/// </summary>
internal static class SegmentSearch
{
    /// <summary>Below this many possible matches, waking another core costs more than it saves (a rare term: 1.8 → 4 ms).</summary>
    private const int ParallelFrom = 50_000;

    /// <summary>
    /// Documents of a segment in one piece. Fixed halves per core waited on the slower one whenever the host took a
    /// core away for a moment (a phrase at a million: p50 41–44 ms that way, 32–39 ms in pieces of this size taken in
    /// turn, the same hour); smaller pieces cost more in scorers set up than they save.
    /// </summary>
    internal const int PieceDocs = 50_000;

    /// <summary>A range of one segment's documents, from <see cref="From"/> up to <see cref="To"/> (excluded).</summary>
    internal readonly record struct Piece(AtomicReaderContext Leaf, int From, int To);

    /// <param name="everyMatch">The matches are to be counted, not only the page collected.</param>
    /// <param name="cores">Cores at most (the tests ask for more than the machine has).</param>
    /// <param name="parallelFrom">Possible matches from which the work is shared between cores.</param>
    /// <param name="pieceDocs">Documents in one piece of that work.</param>
    public static MatchCollector Collect(IndexSearcher searcher, Query query, MatchCollector.Criteria criteria, bool everyMatch, int? cores = null,
        int parallelFrom = ParallelFrom, int pieceDocs = PieceDocs)
    {
        var cpus = cores ?? Environment.ProcessorCount;
        var shared = cpus > 1 && everyMatch && AtMost(searcher.IndexReader, query) >= parallelFrom;
        var pieces = shared ? Pieces(searcher.IndexReader.Leaves, query, pieceDocs) : [];
        var workers = Math.Min(cpus, pieces.Count);
        if (workers < 2)
        {
            var single = new MatchCollector(criteria);
            searcher.Search(query, single);
            return single;
        }
        var weight = searcher.CreateNormalizedWeight(query);
        var collectors = new MatchCollector[workers];
        var taken = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
        {
            var collector = collectors[i] = new MatchCollector(criteria);
            for (int next; (next = Interlocked.Increment(ref taken)) < pieces.Count;)
            {
                var (leaf, from, to) = pieces[next];
                collector.SetNextReader(leaf);
                if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
                {
                    continue;
                }
                collector.SetScorer(scorer);
                for (var doc = scorer.Advance(from); doc < to; doc = scorer.NextDoc())
                {
                    collector.Collect(doc);
                }
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
        ExactPhrase phrase => phrase.Terms.Min(reader.DocFreq),
        BooleanQuery boolean when boolean.Clauses.Any(c => c.IsRequired) =>
            boolean.Clauses.Where(c => c.IsRequired).Min(c => AtMost(reader, c.Query)),
        BooleanQuery boolean => Math.Min(reader.MaxDoc, boolean.Clauses.Where(c => !c.IsProhibited).Sum(c => AtMost(reader, c.Query))),
        _ => reader.MaxDoc,
    };

    /// <summary>
    /// The segments the query can match in, cut into pieces of at most <paramref name="pieceDocs"/> documents, those
    /// with the most possible matches first so that the last pieces taken are small. A rebuild writes the register
    /// last, so its documents fill segments of their own, which an announcement query skips entirely.
    /// </summary>
    internal static List<Piece> Pieces(IList<AtomicReaderContext> leaves, Query query, int pieceDocs)
    {
        var pieces = new List<(Piece Piece, double Work)>();
        foreach (var leaf in leaves)
        {
            var size = leaf.AtomicReader.MaxDoc;
            if (AtMost(leaf.AtomicReader, query) is var possible and > 0)
            {
                for (var from = 0; from < size; from += pieceDocs)
                {
                    var to = Math.Min(size, from + pieceDocs);
                    pieces.Add((new Piece(leaf, from, to), (double)possible * (to - from) / size));
                }
            }
        }
        return [.. pieces.OrderByDescending(p => p.Work).Select(p => p.Piece)];
    }
}
