using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Portal.Modules.Core.Data;

/// <summary>
/// Many new rows of one entity without change tracking, which costs about 150 µs a row on SQLite: a sweep writing two
/// million obligations at its first run cannot afford it. PostgreSQL gets a binary COPY, SQLite one
/// prepared single-row INSERT run inside one transaction. The rows' generated keys are not read back; column names and
/// value conversions come from the EF model, so the rows are stored exactly as SaveChanges would store them.
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
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd || !p.IsPrimaryKey()).ToList();
        var head = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) VALUES ";
        var readers = columns.ToDictionary(c => c, c => (Getter: c.GetGetter(), Converter: c.GetTypeMapping().Converter));
        object? ValueOf(IProperty property, T row)
        {
            var (getter, converter) = readers[property];
            var value = getter.GetClrValue(row);
            return value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
        }
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
        {
            return await OneByOneAsync(db, head, columns, rows, ValueOf, cancellationToken);
        }
        return await CopyAsync(db, table, columns, rows, ValueOf, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL's binary COPY: rows stream to the server without a statement to parse or plan, about thirty times
    /// faster than multi-row INSERTs were here. Each value is written as its column's type, named by the EF model.
    /// </summary>
    private static async Task<int> CopyAsync<T>(PortalDbContext db, StoreObjectIdentifier table, List<IProperty> columns, IReadOnlyCollection<T> rows,
        Func<IProperty, T, object?> valueOf, CancellationToken cancellationToken)
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
                    if (valueOf(columns[i], row) is { } value)
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
    /// SQLite binds a parameter by a linear search of the statement's names, so thousands in one statement cost their
    /// square; one prepared single-row statement, run again and again inside one transaction, is its fastest way.
    /// </summary>
    private static async Task<int> OneByOneAsync<T>(PortalDbContext db, string head, List<IProperty> columns, IReadOnlyCollection<T> rows,
        Func<IProperty, T, object?> valueOf, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = head + "(" + string.Join(", ", columns.Select((_, i) => $"@p{i}")) + ")";
            foreach (var (_, i) in columns.Select((c, i) => (c, i)))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                command.Parameters.Add(parameter);
            }
            // 64 MB of page cache for this connection (it stays with it in the pool): the obligations' indexes are
            // written all over, and the default 2 MB made every insert read pages again.
            await using (var cache = db.Database.GetDbConnection().CreateCommand())
            {
                cache.CommandText = "PRAGMA cache_size = -65536";
                await cache.ExecuteNonQueryAsync(cancellationToken);
            }
            command.Prepare();
            var inserted = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    command.Parameters[i].Value = valueOf(columns[i], row) ?? DBNull.Value;
                }
                inserted += command.ExecuteNonQuery();
            }
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
}
