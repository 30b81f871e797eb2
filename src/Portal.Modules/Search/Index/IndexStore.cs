using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Search.Index;

/// <summary>
/// This node's index directories under <c>{data}/search/</c>. Each build is a new generation directory
/// (<c>gen-N</c>); the one named in <c>current</c> is live and held open by one writer for the life of the process.
/// A rebuild writes the next generation aside and then points <c>current</c> at it, so searches never see a
/// half-built index. Never share a directory between nodes: Lucene allows one writer per directory.
/// </summary>
public sealed class IndexStore : IDisposable
{
    public const string CursorKey = "cursor";
    public const string FormatKey = "format";
    public const string BuiltAtKey = "built_at";
    public const string CheckedOnKey = "checked_on";

    private readonly string _directory;
    private readonly System.Threading.Lock _gate = new();
    private LiveIndex? _live;

    public IndexStore(PortalPaths paths)
    {
        _directory = Path.Combine(paths.DataDirectory, "search");
        System.IO.Directory.CreateDirectory(_directory);
        // A directory of another format, or a pointer to a missing one, is no index: the worker builds one.
        if (ReadPointer() is { } generation)
        {
            _live = LiveIndex.Open(generation, PathOf(generation));
        }
    }

    /// <summary>The live generation, when there is a usable one.</summary>
    public int? LiveGeneration => Live?.Generation;

    public bool IsReady => Live is not null;

    internal LiveIndex? Live
    {
        get
        {
            lock (_gate)
            {
                return _live;
            }
        }
    }

    /// <summary>The live generation's files on disk.</summary>
    public long SizeInBytes() => Live?.SizeInBytes() ?? 0;

    public string PathOf(int generation) => Path.Combine(_directory, $"gen-{generation.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// A searcher over the live index, released when the lease is disposed. A searcher taken just before a rebuild
    /// swaps generations stays valid: its reader is reference-counted and outlives the old writer.
    /// </summary>
    internal SearcherLease? Acquire()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (Live is not { } live)
            {
                return null;
            }
            try
            {
                return new SearcherLease(live, live.Searchers.Acquire());
            }
            catch (ObjectDisposedException)
            {
                // Swapped out between reading Live and acquiring; the next generation is live now.
            }
        }
        return null;
    }

    /// <summary>A writer on a new, empty generation directory, for a build. If the process dies, it is simply never made live.</summary>
    internal (int Generation, Lucene.Net.Store.Directory Directory, IndexWriter Writer) CreateAside(double ramBufferMb)
    {
        var generation = Math.Max(LiveGeneration ?? 0, HighestGeneration()) + 1;
        DeleteGeneration(generation);
        // Read and written with plain file calls, not mapped: the merges of a build would otherwise map the whole
        // new index into the process and count it towards its memory. The live index is mapped, for its readers.
        var directory = new NIOFSDirectory(PathOf(generation));
        return (generation, directory, new IndexWriter(directory, LiveIndex.Config(OpenMode.CREATE, ramBufferMb)));
    }

    /// <summary>Opens a finished generation, points <c>current</c> at it, and closes and deletes the one it replaces.</summary>
    internal void MakeLive(int generation)
    {
        var next = LiveIndex.Open(generation, PathOf(generation)) ?? throw new InvalidOperationException($"search index generation {generation} has no usable commit");
        LiveIndex? previous;
        lock (_gate)
        {
            previous = _live;
            var pointer = Path.Combine(_directory, "current");
            File.WriteAllText(pointer + ".tmp", generation.ToString(CultureInfo.InvariantCulture));
            File.Move(pointer + ".tmp", pointer, overwrite: true);
            _live = next;
        }
        if (previous is not null)
        {
            previous.Dispose();
            DeleteGeneration(previous.Generation);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _live?.Dispose();
            _live = null;
        }
    }

    private int? ReadPointer()
    {
        var pointer = Path.Combine(_directory, "current");
        return File.Exists(pointer) && int.TryParse(File.ReadAllText(pointer).Trim(), CultureInfo.InvariantCulture, out var generation) ? generation : null;
    }

    private int HighestGeneration() =>
        System.IO.Directory.EnumerateDirectories(_directory, "gen-*")
            .Select(d => int.TryParse(Path.GetFileName(d)["gen-".Length..], CultureInfo.InvariantCulture, out var g) ? g : 0)
            .DefaultIfEmpty(0).Max();

    private void DeleteGeneration(int generation)
    {
        try
        {
            if (System.IO.Directory.Exists(PathOf(generation)))
            {
                System.IO.Directory.Delete(PathOf(generation), recursive: true);
            }
        }
        catch (IOException)
        {
            // Still open somewhere (Windows); the next build's clean-up takes it.
        }
    }
}

/// <summary>A searcher acquired from the live index; disposing releases it.</summary>
internal sealed class SearcherLease(LiveIndex index, IndexSearcher searcher) : IDisposable
{
    public LiveIndex Index { get; } = index;
    public IndexSearcher Searcher { get; } = searcher;

    // Releasing only drops the reader's reference, which works after the manager itself was disposed by a swap.
    public void Dispose() => Index.Searchers.Release(Searcher);
}
