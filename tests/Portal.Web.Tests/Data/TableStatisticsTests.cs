using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Supervision.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Data;

/// <summary>
/// PostgreSQL plans the first sweep's lookups from statistics. A table filled from nothing inside the sweep must be
/// measured as it grows, or every lookup by its unique key is planned as a scan of an "empty" table; measuring the
/// columns nothing looks up by only costs time.
/// </summary>
[Collection(PortalCollection.Name)]
public class TableStatisticsTests(Portals portals)
{
    [Fact]
    public async Task A_table_grown_from_nothing_is_measured_by_its_lookup_columns_and_its_size_once_the_rows_written_reach_ten_thousand()
    {
        var connection = await portals.Cluster.CreateDatabaseAsync("table_statistics");
        await using var portal = new PortalFactory("Postgres", connection, demoData: false);
        using var scope = portal.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unitId = await context.DepartmentUnits.Select(u => u.Id).FirstAsync();
        var statistics = new TableStatistics<Obligation>(context);

        await context.InsertAsync(Enumerable.Range(1, 40).Select(i => BulkInsertTests.Obligation($"subject-{i}", unitId)).ToList(), CancellationToken.None);
        await statistics.GrewAsync(9_999, CancellationToken.None);
        Assert.Empty(await MeasuredColumnsAsync(context));

        await statistics.GrewAsync(1, CancellationToken.None);

        Assert.Equal(["Kind", "Sequence", "SubjectId"], await MeasuredColumnsAsync(context));
        var rows = await context.Database.SqlQuery<float>($"SELECT reltuples AS \"Value\" FROM pg_class WHERE relname = 'Obligations'").SingleAsync();
        Assert.Equal(40, rows);
    }

    private static async Task<List<string>> MeasuredColumnsAsync(PortalDbContext context) =>
        (await context.Database.SqlQuery<string>($"SELECT attname::text AS \"Value\" FROM pg_stats WHERE tablename = 'Obligations'").ToListAsync())
            .Order(StringComparer.Ordinal).ToList();
}
