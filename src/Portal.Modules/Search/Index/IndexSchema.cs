using Microsoft.Data.Sqlite;
using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Index;

/// <summary>
/// The tables of one index file. <c>docs</c> holds what the lists filter and count on; its key orders documents
/// by publication time and is the rowid of the contentless FTS5 table, so newest-first is FTS5's own rowid order
/// and needs no sort (docs/architecture.md: ranking every hit of a common term is slow; walking rowids backwards is not).
/// </summary>
internal static class IndexSchema
{
    /// <summary>The layout of the tables; with the analyzer's version it makes the file's format, and a node rebuilds a file of another format.</summary>
    public const int Version = 3;

    public static string Format => $"{Version}.{ChineseAnalyzer.Version}";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS docs(
            key INTEGER PRIMARY KEY,
            id INTEGER NOT NULL UNIQUE,
            list TEXT NOT NULL,
            stage TEXT NOT NULL,
            level TEXT NOT NULL,
            region_path TEXT NOT NULL,
            industry TEXT NOT NULL,
            dimension TEXT,
            department TEXT NOT NULL,
            published_on INTEGER NOT NULL,
            credit_code TEXT NOT NULL,
            facets INTEGER NOT NULL,
            fingerprint INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS facet_values(kind INTEGER NOT NULL, value TEXT NOT NULL, ordinal INTEGER NOT NULL, PRIMARY KEY(kind, value)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(grams, chars, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
        """;

    /// <summary>
    /// For a build: each batch becomes one FTS5 segment and none is merged until the single merge at the end
    /// (merging as it goes rewrote the same postings several times and was most of a build's time).
    /// </summary>
    public const string BulkLoading = """
        INSERT INTO fts(fts, rank) VALUES('hashsize', 134217728);
        INSERT INTO fts(fts, rank) VALUES('automerge', 0);
        INSERT INTO fts(fts, rank) VALUES('crisismerge', 64);
        """;

    /// <summary>FTS5's own defaults, for the small transactions of a live file once it is built.</summary>
    public const string IncrementalLoading = """
        INSERT INTO fts(fts, rank) VALUES('hashsize', 1048576);
        INSERT INTO fts(fts, rank) VALUES('automerge', 4);
        INSERT INTO fts(fts, rank) VALUES('crisismerge', 16);
        """;

    /// <summary>
    /// Secondary indexes, created after a bulk build rather than maintained row by row during it. Those ending in
    /// <c>facets</c> let the counts of a filtered list come from the index alone.
    /// </summary>
    public const string CreateIndexes = """
        CREATE INDEX IF NOT EXISTS docs_credit_code ON docs(credit_code, key);
        CREATE INDEX IF NOT EXISTS docs_list ON docs(list, key);
        CREATE INDEX IF NOT EXISTS docs_list_region ON docs(list, region_path, facets);
        CREATE INDEX IF NOT EXISTS docs_region ON docs(region_path, facets);
        CREATE INDEX IF NOT EXISTS docs_facets ON docs(facets);
        CREATE INDEX IF NOT EXISTS docs_list_facets ON docs(list, facets);
        """;

    /// <summary>Publication second in the high bits, the id's low 24 bits below: unique unless 16 million ids share a second.</summary>
    public static long KeyOf(DateTime publishAtUtc, int id) =>
        (new DateTimeOffset(DateTime.SpecifyKind(publishAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds() << 24) | (uint)(id & 0xFFFFFF);

    /// <summary>The largest key of a document public at <paramref name="nowUtc"/>.</summary>
    public static long VisibleKeyLimit(DateTime nowUtc) => KeyOf(nowUtc, 0xFFFFFF);

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string? ReadMeta(SqliteConnection connection, string key, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    public static void WriteMeta(SqliteConnection connection, string key, string value, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }
}
