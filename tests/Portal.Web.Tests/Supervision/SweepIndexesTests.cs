using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Supervision.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

/// <summary>
/// The first sweep of a history fills the obligations and credit records from nothing with their non-unique indexes (and
/// on PostgreSQL their foreign keys) put aside, and builds them once it has: the supervisors' lists read through those
/// indexes afterwards and the keys guard every later write, so they must all be back, after a complete sweep and after
/// one that stopped halfway.
/// </summary>
[Collection(PortalCollection.Name)]
public class SweepIndexesTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task The_first_sweep_leaves_every_index_and_key_it_put_aside_built_again_and_a_later_full_pass_rebuilds_those_a_stopped_sweep_left_out(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("sweep_indexes") : null;
        var clock = new MovableClock();
        await using var portal = new PortalFactory(db, connection, clock: clock);
        using var admin = await portal.AdminClientAsync();
        var (obligations, credit) = (await IndexesAsync(portal, "Obligations"), await IndexesAsync(portal, "CreditRecords"));
        Assert.Contains("IX_Obligations_Status_DueOn", obligations);
        Assert.Contains("IX_CreditRecords_DeliveredAt_NextAttemptAt", credit);
        var keys = await ForeignKeysAsync(portal, "Obligations");
        Assert.Equal(["DepartmentUnits"], keys);
        Assert.Equal(0, await CountAsync(portal));

        clock.SetChinaDay(new DateOnly(2026, 11, 20));
        await Supervising.RunJobAsync(admin, "deadline-sweep");

        Assert.True(await CountAsync(portal) > 0, "the demo data's announcements owe deadlines");
        Assert.Equal(obligations, await IndexesAsync(portal, "Obligations"));
        Assert.Equal(credit, await IndexesAsync(portal, "CreditRecords"));
        Assert.Equal(keys, await ForeignKeysAsync(portal, "Obligations"));

        await ExecuteAsync(portal, "DROP INDEX \"IX_Obligations_Status_DueOn\"");
        if (db == "Postgres")
        {
            await ExecuteAsync(portal, "ALTER TABLE \"Obligations\" DROP CONSTRAINT \"FK_Obligations_DepartmentUnits_UnitId\"");
        }
        clock.SetChinaDay(new DateOnly(2026, 11, 23));
        await Supervising.RunJobAsync(admin, "deadline-sweep");

        Assert.Equal(obligations, await IndexesAsync(portal, "Obligations"));
        Assert.Equal(keys, await ForeignKeysAsync(portal, "Obligations"));
        // The key is back in force, not only in the catalogue.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteAsync(portal, "UPDATE \"Obligations\" SET \"UnitId\" = 987654"));
    }

    private static async Task<int> CountAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Obligations().CountAsync();
    }

    private static async Task ExecuteAsync(PortalFactory portal, string sql)
    {
        using var scope = portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>The tables the table's foreign keys point to, as the database's own catalogue lists them.</summary>
    private static async Task<List<string>> ForeignKeysAsync(PortalFactory portal, string table)
    {
        using var scope = portal.Services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database;
        var names = database.ProviderName!.Contains("Sqlite")
            ? await database.SqlQuery<string>($"SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_list({table})").ToListAsync()
            : await database.SqlQuery<string>($"SELECT confrelid::regclass::text AS \"Value\" FROM pg_constraint WHERE contype = 'f' AND conrelid = quote_ident({table})::regclass").ToListAsync();
        return names.Select(n => n.Trim('"')).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The names of the table's indexes, as the database's own catalogue lists them.</summary>
    private static async Task<List<string>> IndexesAsync(PortalFactory portal, string table)
    {
        using var scope = portal.Services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database;
        var names = database.ProviderName!.Contains("Sqlite")
            ? await database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = {table} AND name NOT LIKE 'sqlite_autoindex%'").ToListAsync()
            : await database.SqlQuery<string>($"SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = {table} AND indexname NOT LIKE 'PK_%'").ToListAsync();
        return names.Order(StringComparer.Ordinal).ToList();
    }
}
