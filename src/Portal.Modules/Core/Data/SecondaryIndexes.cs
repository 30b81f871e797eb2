using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Portal.Modules.Core.Data;

/// <summary>
/// The non-unique indexes of a table, put aside while a job fills it from nothing and built once at the end, as a
/// bulk load is done: both databases build an index over a million rows by sorting them far faster than they keep it
/// in order row by row (SQLite: 500,000 obligations 13.8 s with every index, 6.9 s without plus 2.9 s to build them
/// afterwards). Unique indexes stay, as they guard the rows and serve the job's own lookups. On PostgreSQL the foreign
/// keys go aside too and are checked in one pass when they come back: checked row by row they were 5.4 of the 11.7 s a
/// COPY of 500,000 obligations took (SQLite cannot drop a constraint, and its checks cost little). The definitions
/// come from the EF model, whose schema the migration tests hold equal to the migrations'.
/// </summary>
public static class SecondaryIndexes
{
    /// <summary>
    /// Builds any of <typeparamref name="T"/>'s indexes that are missing (a job that stopped midway left them aside);
    /// then, when the table is empty, drops the non-unique ones until the returned handle is disposed.
    /// </summary>
    public static async Task<IAsyncDisposable?> AsideWhileEmptyAsync<T>(PortalDbContext db, CancellationToken cancellationToken) where T : class
    {
        await EnsureAsync<T>(db, cancellationToken);
        if (await db.Set<T>().AnyAsync(cancellationToken))
        {
            return null;
        }
        foreach (var index in Secondary<T>(db))
        {
            // Names come from the model, never from input.
            var drop = "DROP INDEX IF EXISTS \"" + index.Name + "\"";
            await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }
        if (db.Database.IsNpgsql())
        {
            var table = TableOf<T>(db);
            foreach (var key in ForeignKeys<T>(db))
            {
                var drop = "ALTER TABLE \"" + table.Name + "\" DROP CONSTRAINT IF EXISTS \"" + key.Name + "\"";
                await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
            }
        }
        return new Restore<T>(db);
    }

    /// <summary>Creates the indexes of <typeparamref name="T"/>'s table the database lacks.</summary>
    public static async Task EnsureAsync<T>(PortalDbContext db, CancellationToken cancellationToken) where T : class
    {
        var (table, indexes) = (TableOf<T>(db), Secondary<T>(db).ToList());
        var existing = new HashSet<string>(await ExistingAsync(db, table.Name, cancellationToken), StringComparer.Ordinal);
        var absent = indexes.Where(i => !existing.Contains(i.Name)).ToList();
        // SQLite sorts an index's keys with helper threads only when told to (2.5 million obligations, four indexes:
        // 10.9 s alone, 9.9 s with two); the setting belongs to the connection, which goes back to the pool after.
        var helpers = absent.Count > 0 && db.Database.IsSqlite();
        if (helpers)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var threads = "PRAGMA threads = " + Math.Min(Environment.ProcessorCount, 8).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlRawAsync(threads, cancellationToken);
        }
        try
        {
            foreach (var index in absent)
            {
                var create = "CREATE INDEX IF NOT EXISTS \"" + index.Name + "\" ON \"" + table.Name + "\" ("
                    + string.Join(", ", index.Columns.Select(c => "\"" + c.Name + "\"")) + ")";
                await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
            }
        }
        finally
        {
            if (helpers)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA threads = 0", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        var constraints = new HashSet<string>(await db.Database.SqlQuery<string>(
            $"SELECT conname AS \"Value\" FROM pg_constraint WHERE contype = 'f' AND conrelid = (quote_ident(current_schema()) || '.' || quote_ident({table.Name}))::regclass")
            .ToListAsync(cancellationToken), StringComparer.Ordinal);
        var missing = ForeignKeys<T>(db).Where(k => !constraints.Contains(k.Name)).Select(k => new AddForeignKeyOperation
        {
            Name = k.Name,
            Table = table.Name,
            Schema = table.Schema,
            Columns = k.Columns.Select(c => c.Name).ToArray(),
            PrincipalTable = k.PrincipalTable.Name,
            PrincipalSchema = k.PrincipalTable.Schema,
            PrincipalColumns = k.PrincipalColumns.Select(c => c.Name).ToArray(),
            OnDelete = k.OnDeleteAction,
        }).ToList<MigrationOperation>();
        // The statements EF's migrations would write for the same keys.
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(missing))
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
        }
    }

    private static IEnumerable<IForeignKeyConstraint> ForeignKeys<T>(PortalDbContext db) => MappedTable<T>(db).ForeignKeyConstraints;

    internal static ITable MappedTable<T>(PortalDbContext db)
    {
        var table = TableOf<T>(db);
        return db.Model.GetRelationalModel().FindTable(table.Name, table.Schema) ?? throw new InvalidOperationException($"{table.Name} is not mapped");
    }

    private static StoreObjectIdentifier TableOf<T>(PortalDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        return StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
    }

    // Filtered indexes would need their filter in the statement too: none of the tables written in bulk has one.
    private static IEnumerable<ITableIndex> Secondary<T>(PortalDbContext db) => MappedTable<T>(db).Indexes.Where(i => !i.IsUnique && i.Filter is null);

    private static async Task<List<string>> ExistingAsync(PortalDbContext db, string table, CancellationToken cancellationToken)
    {
        return db.Database.IsSqlite()
            ? await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = {table}").ToListAsync(cancellationToken)
            : await db.Database.SqlQuery<string>($"SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = {table}").ToListAsync(cancellationToken);
    }

    private sealed class Restore<T>(PortalDbContext db) : IAsyncDisposable where T : class
    {
        public async ValueTask DisposeAsync() => await EnsureAsync<T>(db, CancellationToken.None);
    }
}
