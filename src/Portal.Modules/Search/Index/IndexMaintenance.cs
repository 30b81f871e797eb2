using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Search.Index;

/// <summary>How a build went, for the administrator's progress bar and the benchmark.</summary>
public sealed record BuildProgress(DateTime StartedAt, int Total, int Done, DateTime? FinishedAt, TimeSpan? Elapsed, string? Error);

/// <summary>What a check of the index against the database found and repaired.</summary>
public sealed record CheckResult(DateTime At, int Compared, int Missing, int Stale, int Extra)
{
    public int Repaired => Missing + Stale + Extra;
}


/// <summary>
/// Keeps this node's index equal to the database: replays the <see cref="IndexingTask"/> log from the cursor kept
/// in the index's commit data (committed with the documents, so a crash replays, never skips), builds a new
/// generation aside and swaps it in, and compares the index with the database to repair drift. Writes are
/// serialised within the process; each node has its own directory, so nodes never share a writer.
/// </summary>
public sealed class IndexMaintenance(IndexStore store, IServiceScopeFactory scopes, IOptions<SearchOptions> options, ILogger<IndexMaintenance> logger)
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly SemaphoreSlim _build = new(1, 1);
    private BuildProgress? _progress;
    private CheckResult? _lastCheck;

    public BuildProgress? Progress => _progress;
    public CheckResult? LastCheck => _lastCheck;
    public bool IsBuilding => _build.CurrentCount == 0;

    /// <summary>The task id the live index has replayed up to (committed), 0 without an index.</summary>
    public long Cursor => store.Live is { } live ? CursorOf(live) : 0;

    /// <summary>Replays every task after the cursor. Returns how many documents it rewrote or removed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!store.IsReady)
        {
            return 0;
        }
        await _write.WaitAsync(cancellationToken);
        try
        {
            return await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>The newest task id in the database, to tell whether this node is behind.</summary>
    public async Task<long> LatestTaskAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
    }

    /// <summary>
    /// How far this node has replayed the live generation: every task up to <see cref="Through"/> except the gaps,
    /// ids that were handed out but not (yet) visible. On PostgreSQL ids are handed out before commit, so a lower id can
    /// become visible after a higher one; a gap is looked for again on every catch-up until the task after it is older
    /// than any transaction can be. The committed cursor stays below the oldest gap, so a restart replays it too.
    /// </summary>
    private sealed class Replay(int generation, long through)
    {
        public int Generation { get; } = generation;
        public long Through { get; set; } = through;
        public List<Gap> Gaps { get; } = [];
    }

    /// <summary>Ids <see cref="From"/>..<see cref="To"/> not seen; the task after them was written at <see cref="Before"/>.</summary>
    private sealed record Gap(long From, long To, DateTime Before);

    private Replay? _replay;

    /// <summary>The newest task id this node has replayed, to tell how far behind the log it is.</summary>
    public long ReplayedThrough => store.Live is { } live ? ReplayOf(live).Through : 0;

    /// <summary>
    /// Whether the last catch-up left ids below <see cref="ReplayedThrough"/> unseen: a write that commits into such a gap
    /// does not make the log look longer, so a search must look into the gaps to find it at once.
    /// </summary>
    public bool HasOpenGaps => _openGaps > 0;

    private volatile int _openGaps;

    private Replay ReplayOf(LiveIndex live) =>
        _replay is { } replay && replay.Generation == live.Generation ? replay : _replay = new Replay(live.Generation, CursorOf(live));

    private async Task<int> CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var live = store.Live!;
        var replay = ReplayOf(live);
        var changed = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var sources = scope.ServiceProvider.GetServices<ISearchDocumentSource>().ToDictionary(s => s.Kind);
        var patience = DateTime.UtcNow - options.Value.GapPatience;

        // The replay state moves only once what it claims is applied and searchable: a search reads it without the
        // lock, and a claim ahead of the index would let it skip catching up and miss a write it was just told about.
        var late = new List<IndexingTask>();
        var remaining = new List<Gap>();
        foreach (var gap in replay.Gaps.ToList())
        {
            var found = await db.IndexingTasks.AsNoTracking().Where(t => t.Id >= gap.From && t.Id <= gap.To).OrderBy(t => t.Id).ToListAsync(cancellationToken);
            late.AddRange(found);
            if (gap.Before > patience)
            {
                remaining.AddRange(Holes(gap, found.Select(t => t.Id)));
            }
        }
        var cursor = CursorOf(live);
        var safe = remaining.Count == 0 ? replay.Through : remaining.Min(g => g.From) - 1;
        if (late.Count > 0 || safe != cursor)
        {
            changed += await ApplyAsync(live, sources, late, safe, cancellationToken);
        }
        replay.Gaps.Clear();
        replay.Gaps.AddRange(remaining);

        while (!cancellationToken.IsCancellationRequested)
        {
            var tasks = await db.IndexingTasks.AsNoTracking().Where(t => t.Id > replay.Through).OrderBy(t => t.Id)
                .Take(options.Value.ReplayBatch).ToListAsync(cancellationToken);
            if (tasks.Count == 0)
            {
                break;
            }
            var expected = replay.Through + 1;
            var found = new List<Gap>();
            foreach (var task in tasks)
            {
                if (task.Id > expected && task.CreatedAt > patience)
                {
                    found.Add(new Gap(expected, task.Id - 1, task.CreatedAt));
                }
                expected = task.Id + 1;
            }
            var gaps = replay.Gaps.Concat(found).ToList();
            changed += await ApplyAsync(live, sources, tasks, gaps.Count == 0 ? tasks[^1].Id : gaps.Min(g => g.From) - 1, cancellationToken);
            replay.Gaps.AddRange(found);
            replay.Through = tasks[^1].Id;
        }
        _openGaps = replay.Gaps.Count;
        return changed;
    }

    /// <summary>What is left of a gap once <paramref name="found"/> (ascending) turned up in it.</summary>
    private static IEnumerable<Gap> Holes(Gap gap, IEnumerable<long> found)
    {
        var from = gap.From;
        foreach (var id in found)
        {
            if (id > from)
            {
                yield return gap with { From = from, To = id - 1 };
            }
            from = id + 1;
        }
        if (from <= gap.To)
        {
            yield return gap with { From = from };
        }
    }

    /// <summary>Rewrites each document the tasks name from its current state and commits with the cursor.</summary>
    private static async Task<int> ApplyAsync(LiveIndex live, IReadOnlyDictionary<string, ISearchDocumentSource> sources, IReadOnlyList<IndexingTask> tasks,
        long cursor, CancellationToken cancellationToken)
    {
        using var writer = new DocumentWriter(live);
        foreach (var group in tasks.GroupBy(t => t.Kind))
        {
            if (!sources.TryGetValue(group.Key, out var source))
            {
                continue;
            }
            var ids = group.Select(t => t.DocumentId).Distinct().ToList();
            var byId = (await source.LoadAsync(ids, cancellationToken)).ToDictionary(d => d.Id);
            foreach (var id in ids)
            {
                writer.Put(source.Kind, id, byId.GetValueOrDefault(id));
            }
        }
        live.Commit(new Dictionary<string, string> { [IndexStore.CursorKey] = cursor.ToString(CultureInfo.InvariantCulture) });
        return writer.Written + writer.Removed;
    }

    /// <summary>
    /// Builds a complete new generation from the database while searches continue on the live one, then swaps it in
    /// and replays what changed during the build. Returns false when a build is already running.
    /// </summary>
    public async Task<bool> RebuildAsync(CancellationToken cancellationToken)
    {
        if (!await _build.WaitAsync(0, cancellationToken))
        {
            return false;
        }
        var clock = Stopwatch.StartNew();
        var startedAt = DateTime.UtcNow;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sources = scope.ServiceProvider.GetServices<ISearchDocumentSource>().ToList();
            var total = 0;
            foreach (var source in sources)
            {
                total += await source.CountAsync(cancellationToken);
            }
            _progress = new BuildProgress(startedAt, total, 0, null, null, null);
            // Read the log's end before the documents: anything written meanwhile is replayed after the swap.
            var cursor = await LatestTaskAsync(cancellationToken);
            var (generation, directory, writer) = store.CreateAside(options.Value.BuildBufferMb);
            using (directory)
            {
                using (writer)
                {
                    var done = await IndexBuild.WriteAllAsync(writer, sources, options.Value.BuildThreads,
                        count => _progress = _progress with { Done = count }, cancellationToken);
                    writer.SetCommitData(new Dictionary<string, string>
                    {
                        [IndexStore.CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
                        [IndexStore.FormatKey] = IndexSchema.Format,
                        [IndexStore.BuiltAtKey] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                    });
                    writer.Commit();
                    _progress = _progress with { Done = done };
                }
            }
            logger.LogInformation("Search index generation {Generation}: {Documents} documents written in {Elapsed}", generation, _progress.Done, clock.Elapsed);
            await _write.WaitAsync(cancellationToken);
            try
            {
                store.MakeLive(generation);
                await CatchUpLockedAsync(cancellationToken);
            }
            finally
            {
                _write.Release();
            }
            _progress = _progress with { FinishedAt = DateTime.UtcNow, Elapsed = clock.Elapsed };
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _progress = (_progress ?? new BuildProgress(startedAt, 0, 0, null, null, null)) with { FinishedAt = DateTime.UtcNow, Elapsed = clock.Elapsed, Error = e.Message };
            logger.LogError(e, "Search index build failed");
            throw;
        }
        finally
        {
            _build.Release();
        }
    }

    /// <summary>Starts a rebuild that outlives the request asking for it; false when one is already running.</summary>
    public bool StartRebuild(CancellationToken stopping)
    {
        if (IsBuilding)
        {
            return false;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await RebuildAsync(stopping);
            }
            catch (Exception)
            {
                // Already logged and kept in Progress for the administrator.
            }
        }, CancellationToken.None);
        return true;
    }

    /// <summary>
    /// Compares every document in the database with the index (by fingerprint) and repairs what differs: the
    /// nightly guard against anything the task log could have missed.
    /// </summary>
    public async Task<CheckResult?> CheckAsync(CancellationToken cancellationToken)
    {
        if (!store.IsReady)
        {
            return null;
        }
        await _write.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(cancellationToken);
            var live = store.Live!;
            await using var scope = scopes.CreateAsyncScope();
            int compared = 0, missing = 0, stale = 0, extra = 0;
            using var writer = new DocumentWriter(live);
            foreach (var source in scope.ServiceProvider.GetServices<ISearchDocumentSource>())
            {
                var indexed = writer.Fingerprints(source.Kind);
                await foreach (var document in source.ReadAllAsync(cancellationToken))
                {
                    compared++;
                    if (!indexed.Remove(document.Id, out var fingerprint))
                    {
                        missing++;
                        writer.Put(source.Kind, document.Id, document);
                    }
                    else if (fingerprint != IndexSchema.FingerprintOf(document))
                    {
                        stale++;
                        writer.Put(source.Kind, document.Id, document);
                    }
                }
                foreach (var id in indexed.Keys)
                {
                    extra++;
                    writer.Put(source.Kind, id, null);
                }
            }
            live.Commit(new Dictionary<string, string> { [IndexStore.CheckedOnKey] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) });
            _lastCheck = new CheckResult(DateTime.UtcNow, compared, missing, stale, extra);
            if (_lastCheck.Repaired > 0)
            {
                logger.LogWarning("Search index check repaired {Missing} missing, {Stale} stale and {Extra} extra documents", missing, stale, extra);
            }
            return _lastCheck;
        }
        finally
        {
            _write.Release();
        }
    }

    private static long CursorOf(LiveIndex live) =>
        live.CommitData.TryGetValue(IndexStore.CursorKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
}
