using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace Portal.Modules.Core.Data;

/// <summary>
/// Many new rows of one entity without change tracking, which costs about 150 µs a row on SQLite: a sweep writing two
/// million obligations at its first run cannot afford it. PostgreSQL gets a binary COPY, SQLite one
/// prepared single-row INSERT bound by position and run inside one transaction. Column names and value conversions come
/// from the EF model, so the rows are stored exactly as SaveChanges would store them, and as after SaveChanges each
/// row's generated key is set on it: SQLite's rowid after each row, PostgreSQL's taken from the identity's sequence
/// for the whole batch in one statement before the COPY.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> InsertAsync<T>(this PortalDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var generated = entity.FindPrimaryKey() is { Properties: [{ ValueGenerated: ValueGenerated.OnAdd } key] } ? key : null;
        var setKey = generated is null ? null : KeySetter<T>(generated);
        var columns = entity.GetProperties().Where(p => p != generated).ToList();
        var head = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) VALUES ";
        var values = columns.Select(c =>
        {
            var (getter, converter) = (c.GetGetter(), c.GetTypeMapping().Converter);
            return converter is null
                ? getter.GetClrValue
                : new Func<T, object?>(row => getter.GetClrValue(row) is { } value ? converter.ConvertToProvider(value) : null);
        }).ToArray();
        if (!db.Database.IsNpgsql())
        {
            return await OneByOneAsync(db, head, values, setKey, rows, cancellationToken);
        }
        if (generated is not null)
        {
            var keys = await NextKeysAsync(db, table, generated.GetColumnName(table)!, rows.Count, cancellationToken);
            var i = 0;
            foreach (var row in rows)
            {
                setKey!(row, keys[i++]);
            }
            columns.Insert(0, generated);
            values = [generated.GetGetter().GetClrValue, .. values];
        }
        return await CopyAsync(db, table, columns, values, rows, cancellationToken);
    }

    /// <summary>Assigns a long key to the generated key property, converted to its type (long or int).</summary>
    private static Action<T, long> KeySetter<T>(IProperty key)
    {
        var property = key.PropertyInfo ?? throw new InvalidOperationException($"{key.Name} of {typeof(T).Name} has no CLR property");
        return property.PropertyType == typeof(long)
            ? (row, value) => property.SetValue(row, value)
            : (row, value) => property.SetValue(row, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// As many values of the key column's identity sequence as there are rows, in one statement. The sequence is looked
    /// up once: named in each row's nextval, the look-up cost 8 µs a row, ten times the nextval.
    /// </summary>
    private static async Task<List<long>> NextKeysAsync(PortalDbContext db, StoreObjectIdentifier table, string column, int count, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"""
                WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident({table.Name}), {column})::regclass AS seq)
                SELECT nextval(s.seq) AS "Value" FROM s, generate_series(1, {count})
                """)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// PostgreSQL's binary COPY: rows stream to the server without a statement to parse or plan, about thirty times
    /// faster than multi-row INSERTs were here. Each value is written as its column's type, named by the EF model.
    /// </summary>
    private static async Task<int> CopyAsync<T>(PortalDbContext db, StoreObjectIdentifier table, List<IProperty> columns, Func<T, object?>[] values,
        IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        var types = columns.Select(c => c.GetRelationalTypeMapping().StoreTypeNameBase).ToArray();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var import = await connection.BeginBinaryImportAsync(
                $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            // Synchronous writes into the importer's buffer: an awaited call per value cost more than the COPY itself.
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                import.StartRow();
                for (var i = 0; i < columns.Count; i++)
                {
                    if (values[i](row) is { } value)
                    {
                        import.Write(value, types[i]);
                    }
                    else
                    {
                        import.WriteNull();
                    }
                }
            }
            return (int)await import.CompleteAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// SQLite: one prepared single-row INSERT, stepped again and again inside one transaction, its values bound by
    /// position straight through SQLitePCL. Microsoft.Data.Sqlite looks every parameter up by name and converts the name
    /// to UTF-8 on every execution: a third of the insert's time at the first sweep of a history (profiled). Values are
    /// written as Microsoft.Data.Sqlite writes them (BulkInsertTests compares the stored columns with EF's).
    /// </summary>
    private static async Task<int> OneByOneAsync<T>(PortalDbContext db, string head, Func<T, object?>[] columns, Action<T, long>? setKey,
        IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // 64 MB of page cache for this connection (it stays with it in the pool): the obligations' indexes are
            // written all over, and the default 2 MB made every insert read pages again.
            await using (var cache = connection.CreateCommand())
            {
                cache.CommandText = "PRAGMA cache_size = -65536";
                await cache.ExecuteNonQueryAsync(cancellationToken);
            }
            var inserted = Step(connection.Handle!, head + "(" + string.Join(", ", columns.Select(_ => "?")) + ")", columns, setKey, rows, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static int Step<T>(sqlite3 connection, string sql, Func<T, object?>[] columns, Action<T, long>? setKey, IReadOnlyCollection<T> rows,
        CancellationToken cancellationToken)
    {
        Check(raw.sqlite3_prepare_v2(connection, sql, out var statement), connection);
        using (statement)
        {
            var inserted = 0;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < columns.Length; i++)
                {
                    Check(Bind(statement, i + 1, columns[i](row)), connection);
                }
                var stepped = raw.sqlite3_step(statement);
                if (stepped != raw.SQLITE_DONE)
                {
                    var failure = new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), stepped, raw.sqlite3_extended_errcode(connection));
                    raw.sqlite3_reset(statement);
                    throw failure;
                }
                raw.sqlite3_reset(statement);
                setKey?.Invoke(row, raw.sqlite3_last_insert_rowid(connection));
                inserted++;
            }
            return inserted;
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value)
    {
        Span<char> text = stackalloc char[40];
        int length;
        switch (value)
        {
            case null:
                return raw.sqlite3_bind_null(statement, index);
            case string s:
                return raw.sqlite3_bind_text16(statement, index, s.AsSpan());
            case bool b:
                return raw.sqlite3_bind_int64(statement, index, b ? 1 : 0);
            case int n:
                return raw.sqlite3_bind_int64(statement, index, n);
            case long n:
                return raw.sqlite3_bind_int64(statement, index, n);
            case short n:
                return raw.sqlite3_bind_int64(statement, index, n);
            case byte n:
                return raw.sqlite3_bind_int64(statement, index, n);
            case double d:
                return raw.sqlite3_bind_double(statement, index, d);
            case DateOnly d when d.TryFormat(text, out length, @"yyyy\-MM\-dd", CultureInfo.InvariantCulture):
                return raw.sqlite3_bind_text16(statement, index, text[..length]);
            case DateTime d when d.TryFormat(text, out length, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture):
                return raw.sqlite3_bind_text16(statement, index, text[..length]);
            default:
                throw new NotSupportedException($"BulkInsert does not write {value.GetType().Name} values to SQLite; add how Microsoft.Data.Sqlite writes them.");
        }
    }

    private static void Check(int result, sqlite3 connection)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), result, raw.sqlite3_extended_errcode(connection));
        }
    }
}
