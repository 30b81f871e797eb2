using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Data;

/// <summary>
/// The sweep writes its millions of rows past Entity Framework (a prepared INSERT on SQLite, a binary COPY on
/// PostgreSQL). What it stores must be what Entity Framework would have stored, column by column, or the pages and
/// the API would read something else than they wrote.
/// </summary>
[Collection(PortalCollection.Name)]
public class BulkInsertTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task A_row_written_in_bulk_is_stored_exactly_as_entity_framework_stores_it(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("bulk_insert") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false);
        using var scope = portal.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unitId = await context.DepartmentUnits.Select(u => u.Id).FirstAsync();

        context.Obligations().Add(Obligation("by-ef", unitId));
        context.CreditRecords().Add(Credit("by-ef"));
        await context.SaveChangesAsync();
        context.ChangeTracker.Clear();
        Assert.Equal(1, await context.InsertAsync([Obligation("in-bulk", unitId)], CancellationToken.None));
        Assert.Equal(1, await context.InsertAsync([Credit("in-bulk")], CancellationToken.None));

        foreach (var table in new[] { "Obligations", "CreditRecords" })
        {
            var rows = await StoredAsync(context, table);
            Assert.Equal(2, rows.Count);
            var (byEf, inBulk) = (rows["by-ef"], rows["in-bulk"]);
            Assert.Equal(byEf.Keys.Order(), inBulk.Keys.Order());
            // The subject tells the two rows apart; every other column must be the same.
            foreach (var column in byEf.Keys.Where(c => c != "SubjectId"))
            {
                Assert.True(Equals(byEf[column], inBulk[column]), $"{table}.{column}: {byEf[column]} by Entity Framework, {inBulk[column]} in bulk");
            }
        }
        var read = await context.Obligations().AsNoTracking().SingleAsync(o => o.SubjectId == "in-bulk");
        Assert.Equal(("违法违规企业公告：某某钢铁有限公司\"'；--", ObligationStatus.Overdue, new DateOnly(2024, 2, 29), (DateOnly?)null, true),
            (read.Title, read.Status, read.DueOn, read.MetOn, read.NoticePending));
        Assert.Equal(new DateTime(2026, 11, 30, 2, 3, 4, 567, DateTimeKind.Utc), read.CreatedAt.ToUniversalTime());
    }

    [Theory, BothDatabases]
    public async Task Rows_written_in_bulk_carry_the_keys_the_database_gave_them_and_rows_added_later_get_new_ones(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("bulk_insert_keys") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false);
        using var scope = portal.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unitId = await context.DepartmentUnits.Select(u => u.Id).FirstAsync();

        var first = new[] { Obligation("a", unitId), Obligation("b", unitId), Obligation("c", unitId) };
        await context.InsertAsync(first, CancellationToken.None);
        var byEf = Obligation("d", unitId);
        context.Obligations().Add(byEf);
        await context.SaveChangesAsync();
        context.ChangeTracker.Clear();
        var second = new[] { Obligation("e", unitId) };
        await context.InsertAsync(second, CancellationToken.None);

        var stored = await context.Obligations().AsNoTracking().ToDictionaryAsync(o => o.SubjectId, o => o.Id);
        Assert.Equal(stored.OrderBy(s => s.Key).Select(s => s.Value), first.Append(byEf).Concat(second).Select(o => o.Id));
        Assert.Equal(5, stored.Values.Distinct().Count());
        Assert.True(first.Max(o => o.Id) < byEf.Id && byEf.Id < second[0].Id, "keys follow the order rows were written in");
    }

    [Theory, BothDatabases]
    public async Task Many_rows_written_in_bulk_are_each_stored_with_their_own_values_under_the_key_they_were_given(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("bulk_insert_many") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false);
        using var scope = portal.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unitId = await context.DepartmentUnits.Select(u => u.Id).FirstAsync();
        var rows = Enumerable.Range(1, 75).Select(i =>
        {
            var row = Obligation($"s{i:D3}", unitId);
            (row.Title, row.DueOn) = ($"第{i}条期限", new DateOnly(2024, 3, 1).AddDays(i));
            return row;
        }).ToArray();

        Assert.Equal(75, await context.InsertAsync(rows, CancellationToken.None));

        var stored = await context.Obligations().AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.SubjectId, o.Title, o.DueOn }).ToListAsync();
        Assert.Equal(rows.Select(o => $"{o.Id} {o.SubjectId} {o.Title} {o.DueOn}"), stored.Select(o => $"{o.Id} {o.SubjectId} {o.Title} {o.DueOn}"));
    }

    [Theory, BothDatabases]
    public async Task Consecutive_rows_sharing_some_values_and_not_others_are_each_stored_as_written(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("bulk_insert_consecutive") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false);
        using var scope = portal.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unitId = await context.DepartmentUnits.Select(u => u.Id).FirstAsync();
        // Empty, then set, then the same, then empty again; a title repeated and then changed: each row as written.
        var rows = new[]
        {
            Obligation("1", unitId),
            Obligation("2", unitId),
            Obligation("3", unitId),
            Obligation("4", unitId),
        };
        (rows[1].MetOn, rows[1].Tag, rows[1].Status) = (new DateOnly(2024, 3, 1), "real-name", ObligationStatus.Met);
        (rows[2].MetOn, rows[2].Tag, rows[2].Title) = (new DateOnly(2024, 3, 1), "real-name", "另一条期限");
        rows[3].NoticePending = false;

        await context.InsertAsync(rows, CancellationToken.None);

        var stored = await context.Obligations().AsNoTracking().OrderBy(o => o.SubjectId).ToListAsync();
        Assert.Equal(rows.Select(Shown), stored.Select(Shown));
        static string Shown(Obligation o) => $"{o.SubjectId} {o.Title} {o.Status} {o.MetOn} {o.Tag} {o.NoticePending} {o.DueOn}";
    }

    [Theory, BothDatabases]
    public async Task A_batch_with_a_row_the_table_refuses_is_not_written_at_all_and_the_rows_before_it_stay(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("bulk_insert_refused") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false);
        using var scope = portal.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unitId = await context.DepartmentUnits.Select(u => u.Id).FirstAsync();
        Assert.Equal(1, await context.InsertAsync([Obligation("kept", unitId)], CancellationToken.None));

        // The second row repeats the first's kind, subject and sequence, which the unique index refuses.
        await Assert.ThrowsAnyAsync<DbException>(() => context.InsertAsync([Obligation("new", unitId), Obligation("kept", unitId)], CancellationToken.None));

        Assert.Equal(["kept"], await context.Obligations().AsNoTracking().Select(o => o.SubjectId).ToListAsync());
    }

    internal static Obligation Obligation(string subject, int unitId) => new()
    {
        Kind = new ObligationKind("Publication"),
        SubjectId = subject,
        Title = "违法违规企业公告：某某钢铁有限公司\"'；--",
        UnitId = unitId,
        UnitName = "某某县工业和信息化局",
        RegionCode = "220322",
        RegionPath = "/220000/220300/220322/",
        Role = "editor",
        Link = "/backoffice/announcements/1",
        StartedOn = new DateOnly(2024, 2, 1),
        DueOn = new DateOnly(2024, 2, 29),
        Tag = null,
        Status = ObligationStatus.Overdue,
        NoticePending = true,
        CreatedAt = new DateTime(2026, 11, 30, 2, 3, 4, 567, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 11, 30, 2, 3, 4, 567, DateTimeKind.Utc),
    };

    private static CreditRecord Credit(string subject) => new()
    {
        SubjectId = subject,
        State = CreditState.Listed,
        EnterpriseName = "吉林某某水泥有限公司",
        CreditCode = "91220322MA0000001X",
        List = "rectification",
        Reason = "整改期限届满未完成整改",
        Authority = "某某县工业和信息化局",
        DecidedOn = new DateOnly(2025, 1, 6),
        DeadlineOn = new DateOnly(2025, 6, 30),
        StateOn = new DateOnly(2025, 7, 1),
        CreatedAt = new DateTime(2026, 11, 30, 2, 3, 4, 567, DateTimeKind.Utc),
        NextAttemptAt = new DateTime(2026, 11, 30, 2, 3, 4, 567, DateTimeKind.Utc),
    };

    /// <summary>Every column but the key, as the database hands it back, by subject.</summary>
    private static async Task<Dictionary<string, Dictionary<string, object>>> StoredAsync(PortalDbContext context, string table)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            var rows = new Dictionary<string, Dictionary<string, object>>();
            while (await reader.ReadAsync())
            {
                var row = Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "Id")
                    .ToDictionary(reader.GetName, i => reader.GetValue(i));
                rows[(string)row["SubjectId"]] = row;
            }
            return rows;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
