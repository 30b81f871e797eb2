using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Modules.Core.Data;

/// <summary>
/// Many new rows of one entity without change tracking, which costs about 150 µs a row on SQLite: a sweep writing two
/// million obligations at its first run cannot afford it. PostgreSQL gets multi-row INSERT statements, SQLite one
/// prepared single-row INSERT run inside one transaction. The rows' generated keys are not read back; column names and
/// value conversions come from the EF model, so the rows are stored exactly as SaveChanges would store them.
/// </summary>
public static class BulkInsert
{
    /// <summary>Parameters per statement: far below SQLite's 32,766 and PostgreSQL's 65,535.</summary>
    private const int MaxParameters = 8000;

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
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var inserted = 0;
        foreach (var chunk in rows.Chunk(perStatement))
        {
            var sql = new StringBuilder(head);
            var parameters = new List<DbParameter>(chunk.Length * columns.Count);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{parameters.Count}";
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = factory.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = ValueOf(columns[c], chunk[r]) ?? DBNull.Value;
                    parameters.Add(parameter);
                }
                sql.Append(')');
            }
            inserted += await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
        return inserted;
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
