using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Index;

/// <summary>How a build went, for the administrator's progress bar and the benchmark.</summary>
public sealed record BuildProgress(DateTime StartedAt, int Total, int Done, DateTime? FinishedAt, TimeSpan? Elapsed, string? Error);

/// <summary>What a check of the index against the database found and repaired.</summary>
public sealed record CheckResult(DateTime At, int Compared, int Missing, int Stale, int Extra)
{
    public int Repaired => Missing + Stale + Extra;
}

/// <summary>
/// Keeps this node's index equal to the database: replays the <see cref="IndexingTask"/> log from the cursor
/// stored in the index file (written in the same SQLite transaction as the rows, so a crash replays, never skips),
/// builds a new generation aside and swaps it in, and compares the index with the database to repair drift.
/// Writes are serialised within the process; each node has its own file, so nodes never share a writer.
/// </summary>
public sealed class IndexMaintenance(IndexStore store, IServiceScopeFactory scopes, IOptions<SearchOptions> options, ILogger<IndexMaintenance> logger)
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly SemaphoreSlim _build = new(1, 1);
    private long _version;

    /// <summary>Changes whenever this node writes to its live index, so anything computed from the index can tell it is stale.</summary>
    public long Version => Interlocked.Read(ref _version);
    private BuildProgress? _progress;
    private CheckResult? _lastCheck;

    public BuildProgress? Progress => _progress;
    public CheckResult? LastCheck => _lastCheck;
    public bool IsBuilding => _build.CurrentCount == 0;

    /// <summary>Replays every task after the cursor. Returns how many documents it rewrote or removed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        if (store.LiveGeneration is null)
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

    public long Cursor
    {
        get
        {
            if (store.LiveGeneration is null)
            {
                return 0;
            }
            using var connection = store.OpenReader();
            return ReadCursor(connection);
        }
    }

    private async Task<int> CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var generation = store.LiveGeneration!.Value;
        using var connection = store.OpenWriter(generation);
        var cursor = ReadCursor(connection);
        var changed = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var source = scope.ServiceProvider.GetService<ISearchDocumentSource>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var tasks = await db.IndexingTasks.AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id)
                .Take(options.Value.ReplayBatch).ToListAsync(cancellationToken);
            if (tasks.Count == 0)
            {
                break;
            }
            // On PostgreSQL ids are handed out before commit, so a lower id can become visible after a higher one.
            // The cursor moves over a gap only once the task after it is older than any transaction can be: until
            // then the tasks beyond the gap are replayed again (harmless: a replay re-reads current state).
            var patience = DateTime.UtcNow - options.Value.GapPatience;
            var next = cursor;
            foreach (var task in tasks)
            {
                if (task.Id != next + 1 && task.CreatedAt > patience)
                {
                    break;
                }
                next = task.Id;
            }
            var ids = tasks.Where(t => source is not null && t.Kind == source.Kind).Select(t => t.DocumentId).Distinct().ToList();
            var documents = source is null ? [] : await source.LoadAsync(ids, cancellationToken);
            var byId = documents.ToDictionary(d => d.Id);
            using (var writer = new IndexWriter(connection))
            {
                foreach (var id in ids)
                {
                    writer.Put(id, byId.GetValueOrDefault(id));
                }
                writer.SetMeta(IndexStore.CursorKey, next.ToString(CultureInfo.InvariantCulture));
                writer.Commit();
                Interlocked.Increment(ref _version);
                changed += writer.Written + writer.Removed;
            }
            if (next == cursor)
            {
                break;
            }
            cursor = next;
        }
        return changed;
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
            var source = scope.ServiceProvider.GetService<ISearchDocumentSource>();
            var total = source is null ? 0 : await source.CountAsync(cancellationToken);
            _progress = new BuildProgress(startedAt, total, 0, null, null, null);
            // Read the log's end before the documents: anything written meanwhile is replayed after the swap.
            var cursor = await LatestTaskAsync(cancellationToken);
            var (generation, connection) = store.CreateAside();
            using (connection)
            {
                var done = source is null ? 0 : await WriteAllAsync(connection, source, cancellationToken);
                var written = clock.Elapsed;
                IndexSchema.Execute(connection, IndexSchema.CreateIndexes);
                var indexed = clock.Elapsed;
                // Merging FTS5's segments once makes every later query read one b-tree per term instead of dozens.
                IndexSchema.Execute(connection, "INSERT INTO fts(fts) VALUES('optimize'); ANALYZE;");
                IndexSchema.Execute(connection, IndexSchema.IncrementalLoading);
                logger.LogInformation("Search index generation {Generation}: documents written in {Written}, secondary indexes in {Indexes}, merge and statistics in {Merge}",
                    generation, written, indexed - written, clock.Elapsed - indexed);
                using (var writer = new IndexWriter(connection))
                {
                    writer.SetMeta(IndexStore.CursorKey, cursor.ToString(CultureInfo.InvariantCulture));
                    writer.SetMeta(IndexStore.FormatKey, IndexSchema.Format);
                    writer.SetMeta(IndexStore.BuiltAtKey, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                    writer.Commit();
                }
                IndexSchema.Execute(connection, "PRAGMA journal_mode = WAL;");
                _progress = _progress with { Done = done };
            }
            await _write.WaitAsync(cancellationToken);
            try
            {
                store.MakeLive(generation);
                Interlocked.Increment(ref _version);
                await CatchUpLockedAsync(cancellationToken);
            }
            finally
            {
                _write.Release();
            }
            _progress = _progress with { FinishedAt = DateTime.UtcNow, Elapsed = clock.Elapsed };
            logger.LogInformation("Search index generation {Generation} built: {Documents} documents in {Elapsed}", generation, _progress.Done, clock.Elapsed);
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
    /// Compares every document in the database with the index (by fingerprint, walking both in id order) and
    /// repairs what differs: the nightly guard against anything the task log could have missed.
    /// </summary>
    public async Task<CheckResult?> CheckAsync(CancellationToken cancellationToken)
    {
        if (store.LiveGeneration is null)
        {
            return null;
        }
        await _write.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetService<ISearchDocumentSource>();
            using var connection = store.OpenWriter(store.LiveGeneration!.Value);
            var indexed = new Dictionary<int, long>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT id, fingerprint FROM docs";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    indexed[reader.GetInt32(0)] = reader.GetInt64(1);
                }
            }
            int compared = 0, missing = 0, stale = 0;
            var repairs = new List<SearchDocument>();
            if (source is not null)
            {
                await foreach (var document in source.ReadAllAsync(cancellationToken))
                {
                    compared++;
                    if (!indexed.Remove(document.Id, out var fingerprint))
                    {
                        missing++;
                        repairs.Add(document);
                    }
                    else if (fingerprint != IndexWriter.Fingerprint(document))
                    {
                        stale++;
                        repairs.Add(document);
                    }
                }
            }
            using (var writer = new IndexWriter(connection))
            {
                foreach (var document in repairs)
                {
                    writer.Put(document.Id, document);
                }
                foreach (var extra in indexed.Keys)
                {
                    writer.Put(extra, null);
                }
                writer.SetMeta(IndexStore.CheckedOnKey, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                writer.Commit();
                Interlocked.Increment(ref _version);
            }
            _lastCheck = new CheckResult(DateTime.UtcNow, compared, missing, stale, indexed.Count);
            if (_lastCheck.Repaired > 0)
            {
                logger.LogWarning("Search index check repaired {Missing} missing, {Stale} stale and {Extra} extra documents", missing, stale, indexed.Count);
            }
            return _lastCheck;
        }
        finally
        {
            _write.Release();
        }
    }

    public static long ReadCursor(SqliteConnection connection) =>
        long.TryParse(IndexSchema.ReadMeta(connection, IndexStore.CursorKey), CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;

    /// <summary>
    /// Reads and analyses on one thread while SQLite writes on another, so on two cores the build takes the longer
    /// of the two rather than their sum. Each batch goes in key order: FTS5 flushes its pending postings whenever a
    /// rowid is lower than the one before, and documents in id order are not in publication order, so unsorted
    /// batches became thousands of tiny segments to merge.
    /// </summary>
    private async Task<int> WriteAllAsync(SqliteConnection connection, ISearchDocumentSource source, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<IndexWriter.AnalysedDocument>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var size = options.Value.BuildBatch;
        var producer = Task.Run(async () =>
        {
            try
            {
                var batch = new List<IndexWriter.AnalysedDocument>(size);
                await foreach (var document in source.ReadAllAsync(cancellationToken))
                {
                    batch.Add(IndexWriter.AnalysedDocument.Of(document));
                    if (batch.Count == size)
                    {
                        batch.Sort((a, b) => a.Key.CompareTo(b.Key));
                        await batches.Writer.WriteAsync(batch, cancellationToken);
                        batch = new List<IndexWriter.AnalysedDocument>(size);
                    }
                }
                batch.Sort((a, b) => a.Key.CompareTo(b.Key));
                await batches.Writer.WriteAsync(batch, cancellationToken);
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, cancellationToken);
        var done = 0;
        var writing = new Stopwatch();
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            writing.Start();
            using (var writer = new IndexWriter(connection))
            {
                foreach (var analysed in batch)
                {
                    writer.Add(analysed);
                }
                writer.Commit();
            }
            writing.Stop();
            done += batch.Count;
            _progress = _progress! with { Done = done };
        }
        await producer;
        logger.LogInformation("Search index build: SQLite was writing for {Writing} of the time", writing.Elapsed);
        return done;
    }
}
