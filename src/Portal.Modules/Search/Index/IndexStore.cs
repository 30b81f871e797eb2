using System.Globalization;
using Microsoft.Data.Sqlite;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Search.Index;

/// <summary>
/// This node's index files under <c>{data}/search/</c>. Each build is a new generation file (<c>index-N.db</c>);
/// the file named in <c>current</c> is the live one. A rebuild writes the next generation aside and then points
/// <c>current</c> at it, so searches never see a half-built index, and no live file (nor its WAL) is ever renamed
/// over while connections hold it open.
/// </summary>
public sealed class IndexStore
{
    public const string CursorKey = "cursor";
    public const string FormatKey = "format";
    public const string BuiltAtKey = "built_at";
    public const string CheckedOnKey = "checked_on";

    private readonly string _directory;
    private readonly Lock _gate = new();
    private int? _generation;

    public IndexStore(PortalPaths paths)
    {
        _directory = Path.Combine(paths.DataDirectory, "search");
        Directory.CreateDirectory(_directory);
        // A file of another format (tables or analyzer), or a pointer to a missing file, is no index: the worker builds one.
        _generation = ReadPointer() is { } g && File.Exists(PathOf(g)) && FormatOf(g) == IndexSchema.Format ? g : null;
    }

    /// <summary>The live generation, when there is a usable one.</summary>
    public int? LiveGeneration
    {
        get
        {
            lock (_gate)
            {
                return _generation;
            }
        }
    }

    public bool IsReady => LiveGeneration is not null;

    public string PathOf(int generation) => Path.Combine(_directory, $"index-{generation.ToString(CultureInfo.InvariantCulture)}.db");

    /// <summary>A pooled read-only connection to the live file, with the file mapped into memory so readers share the OS cache.</summary>
    public SqliteConnection OpenReader()
    {
        var generation = LiveGeneration ?? throw new InvalidOperationException("no search index");
        var connection = new SqliteConnection(ConnectionString(generation, readOnly: true));
        connection.Open();
        IndexSchema.Execute(connection, "PRAGMA mmap_size = 4294967296; PRAGMA temp_store = MEMORY;");
        return connection;
    }

    public SqliteConnection OpenWriter(int generation)
    {
        var connection = new SqliteConnection(ConnectionString(generation, readOnly: false));
        connection.Open();
        IndexSchema.Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;");
        return connection;
    }

    /// <summary>A file for a build, in the fastest unsafe mode: if the process dies, the file is simply never made live.</summary>
    public (int Generation, SqliteConnection Connection) CreateAside()
    {
        var generation = Math.Max(LiveGeneration ?? 0, HighestFileGeneration()) + 1;
        DeleteFiles(generation);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = PathOf(generation), Pooling = false }.ToString());
        connection.Open();
        IndexSchema.Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        IndexSchema.Execute(connection, IndexSchema.Create);
        IndexSchema.Execute(connection, IndexSchema.BulkLoading);
        return (generation, connection);
    }

    /// <summary>Points <c>current</c> at a finished generation and deletes the files of the one it replaces.</summary>
    public void MakeLive(int generation)
    {
        int? previous;
        lock (_gate)
        {
            previous = _generation;
            var pointer = Path.Combine(_directory, "current");
            File.WriteAllText(pointer + ".tmp", generation.ToString(CultureInfo.InvariantCulture));
            File.Move(pointer + ".tmp", pointer, overwrite: true);
            _generation = generation;
        }
        if (previous is { } old && old != generation)
        {
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString(old, readOnly: true)));
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString(old, readOnly: false)));
            DeleteFiles(old);
        }
    }

    public string? FormatOf(int generation)
    {
        try
        {
            using var connection = new SqliteConnection(ConnectionString(generation, readOnly: true));
            connection.Open();
            return IndexSchema.ReadMeta(connection, FormatKey);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    public long FileSize(int generation) =>
        new[] { "", "-wal" }.Select(suffix => new FileInfo(PathOf(generation) + suffix)).Where(f => f.Exists).Sum(f => f.Length);

    private string ConnectionString(int generation, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = PathOf(generation),
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
        Pooling = true,
    }.ToString();

    private int? ReadPointer()
    {
        var pointer = Path.Combine(_directory, "current");
        return File.Exists(pointer) && int.TryParse(File.ReadAllText(pointer).Trim(), CultureInfo.InvariantCulture, out var generation) ? generation : null;
    }

    private int HighestFileGeneration() =>
        System.IO.Directory.EnumerateFiles(_directory, "index-*.db")
            .Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f)["index-".Length..], CultureInfo.InvariantCulture, out var g) ? g : 0)
            .DefaultIfEmpty(0).Max();

    private void DeleteFiles(int generation)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(PathOf(generation) + suffix);
            }
            catch (IOException)
            {
                // Still open somewhere (Windows); the next build's clean-up takes it.
            }
        }
    }
}
