using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Modules.Core.Data;
using Portal.Web.Hosting;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Data;

/// <summary>
/// The migration scripts are written, not generated at build, so check them: a database built by the migrations
/// must have exactly the tables, columns and indexes that the model would create.
/// </summary>
[Collection(PortalCollection.Name)]
public class MigrationsTests(Portals portals)
{
    private static readonly PortalModelParts Parts = new(PortalComposition.Modules.Select(m => m.Assembly));

    [Fact]
    public async Task SQLite_migrations_build_the_schema_of_the_model()
    {
        var dir = Directory.CreateTempSubdirectory("portal-migrations-").FullName;
        try
        {
            var migrated = $"Data Source={dir}/migrated.db";
            var created = $"Data Source={dir}/created.db";
            await using (var db = Sqlite(migrated))
            {
                await db.Database.MigrateAsync();
            }
            await using (var db = Sqlite(created))
            {
                await db.Database.EnsureCreatedAsync();
            }
            Assert.Equal(await SqliteSchemaAsync(created), await SqliteSchemaAsync(migrated));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task PostgreSQL_migrations_build_the_schema_of_the_model()
    {
        var migrated = await portals.Cluster.CreateDatabaseAsync("schema_migrated");
        var created = await portals.Cluster.CreateDatabaseAsync("schema_created");
        await using (var db = Postgres(migrated))
        {
            await db.Database.MigrateAsync();
        }
        await using (var db = Postgres(created))
        {
            await db.Database.EnsureCreatedAsync();
        }
        Assert.Equal(await PostgresSchemaAsync(created), await PostgresSchemaAsync(migrated));
    }

    private static SqlitePortalDbContext Sqlite(string cs) => new(
        ModuleMigrations.Use(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(cs))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)).UsePortalModel(Parts).Options);

    private static PostgresPortalDbContext Postgres(string cs) => new(
        ModuleMigrations.Use(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(cs))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)).UsePortalModel(Parts).Options);

    private static async Task<List<string>> SqliteSchemaAsync(string cs)
    {
        var rows = new List<string>();
        await using var connection = new SqliteConnection(cs);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') ORDER BY name", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            await Collect($"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name", r => $"{table}.{r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)}");
            await Collect($"SELECT name, \"unique\" FROM pragma_index_list('{table}') ORDER BY name", r => $"{table} index {r.GetString(0)} unique={r.GetInt64(1)}");
            await Collect($"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"", r => $"{table} fk {r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} {r.GetString(3)}");
        }
        return rows;

        async Task Collect(string sql, Func<SqliteDataReader, string> row)
        {
            await using var command = new SqliteCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(row(reader));
            }
        }
    }

    private static async Task<List<string>> PostgresSchemaAsync(string cs)
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await Collect("""
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || coalesce(is_identity, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' ORDER BY 1
            """);
        await Collect("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' ORDER BY 1");
        await Collect("""
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"' ORDER BY 1
            """);
        return rows;

        async Task Collect(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }
    }
}
