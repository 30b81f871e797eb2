using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Search.Index;

/// <summary>
/// Puts documents into the live index against the state it had when the writer was made (writes are serialised, so
/// that is the current state). A document whose fingerprint has not changed is left alone, so replaying a task
/// twice, or a check finding nothing wrong, writes nothing. The caller commits.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly LiveIndex _live;
    private readonly IndexSearcher _searcher;

    public DocumentWriter(LiveIndex live)
    {
        _live = live;
        _searcher = live.Searchers.Acquire();
    }

    public int Written { get; private set; }
    public int Removed { get; private set; }

    /// <summary>Makes the index hold exactly <paramref name="document"/> for this kind and id, or nothing when it is null.</summary>
    public void Put(string kind, int id, SearchDocument? document)
    {
        var uid = new Term(IndexSchema.Uid, IndexSchema.UidOf(kind, id));
        var existing = FingerprintOf(uid);
        if (document is null)
        {
            if (existing is not null)
            {
                _live.Writer.DeleteDocuments(uid);
                Removed++;
            }
            return;
        }
        var fingerprint = IndexSchema.FingerprintOf(document);
        if (existing != fingerprint)
        {
            _live.Writer.UpdateDocument(uid, IndexSchema.ToDocument(kind, document, fingerprint));
            Written++;
        }
    }

    /// <summary>Every indexed document of a kind with its fingerprint, for a check.</summary>
    public Dictionary<int, long> Fingerprints(string kind)
    {
        var fingerprints = new Dictionary<int, long>();
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var columns = SegmentColumns.Of(reader);
            var kindOrdinal = columns.OrdinalOf(SegmentColumns.KindFacet, kind);
            var values = reader.GetNumericDocValues(IndexSchema.Fingerprint);
            var live = reader.LiveDocs;
            if (kindOrdinal < 0 || values is null)
            {
                continue;
            }
            var kinds = columns.Ordinals[SegmentColumns.KindFacet];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if ((live is null || live.Get(doc)) && kinds[doc] == kindOrdinal)
                {
                    fingerprints[columns.Ids[doc]] = values.Get(doc);
                }
            }
        }
        return fingerprints;
    }

    public void Dispose() => _live.Searchers.Release(_searcher);

    private long? FingerprintOf(Term uid)
    {
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(uid);
            if (docs is not null && docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                return leaf.AtomicReader.GetNumericDocValues(IndexSchema.Fingerprint)?.Get(doc);
            }
        }
        return null;
    }
}
