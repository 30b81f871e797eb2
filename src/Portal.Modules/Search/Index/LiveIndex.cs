using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Portal.Modules.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Portal.Modules.Search.Index;

/// <summary>
/// One generation's directory opened for use: the node's single long-lived <see cref="IndexWriter"/> and the
/// near-real-time searchers refreshed from it after every commit. The replay cursor and the format live in the
/// commit's user data, so they are written in the same commit as the documents they describe.
/// </summary>
internal sealed class LiveIndex : IDisposable
{
    public const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private LiveIndex(int generation, LuceneDirectory directory, IndexWriter writer)
    {
        Generation = generation;
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, true, new WarmingSearcherFactory());
    }

    public int Generation { get; }
    public LuceneDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    /// <summary>What the last commit said about itself: cursor, format, build and check times.</summary>
    public IDictionary<string, string> CommitData => Writer.CommitData;

    /// <summary>Opens a generation for use, or null when it holds no commit of the current format (it is then rebuilt).</summary>
    public static LiveIndex? Open(int generation, string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return null;
        }
        var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory)
                || !DirectoryReader.ListCommits(directory)[^1].UserData.TryGetValue(IndexStore.FormatKey, out var format)
                || format != IndexSchema.Format)
            {
                directory.Dispose();
                return null;
            }
            return new LiveIndex(generation, directory, new IndexWriter(directory, Config(OpenMode.APPEND, ramBufferMb: 16)));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            directory.Dispose();
            return null;
        }
    }

    public static IndexWriterConfig Config(OpenMode mode, double ramBufferMb) => new(Lucene, new GramAnalyzer())
    {
        OpenMode = mode,
        RAMBufferSizeMB = ramBufferMb,
    };

    /// <summary>Commits what was written with <paramref name="data"/> added to the user data, then makes it searchable.</summary>
    public void Commit(IReadOnlyDictionary<string, string> data)
    {
        var merged = new Dictionary<string, string>(CommitData);
        foreach (var (key, value) in data)
        {
            merged[key] = value;
        }
        Writer.SetCommitData(merged);
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// The files' size; 0 once a rebuild has swapped this index out and closed its directory, which a status read that
    /// leased it a moment before can meet (its searcher still answers; the directory no longer lists).
    /// </summary>
    public long SizeInBytes()
    {
        try
        {
            return Directory.ListAll().Sum(name =>
            {
                try
                {
                    return Directory.FileLength(name);
                }
                catch (IOException)
                {
                    return 0;
                }
            });
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    /// <summary>Copies each new segment's columns while refreshing, so the first search after a merge does not pay for it.</summary>
    private sealed class WarmingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves)
            {
                SegmentColumns.Of(leaf.AtomicReader);
            }
            return new IndexSearcher(reader);
        }
    }
}
