using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Portal.Sweep.Benchmarks;

/// <summary>
/// A province's history written straight into the portal's database (raw inserts: a million through the API would
/// measure the API): announcements of every list and stage over ten years, results tied to their notices, a few
/// drafts and withdrawals, sealed equipment; reports in every state of handling.
/// </summary>
public static class History
{
    public sealed record County(string Code, string Name, string Path, int UnitId);

    private static readonly (string List, string Stage)[] Kinds =
    [
        ("Rectification", "Notice"), ("Rectification", "Result"), ("Violation", "Notice"), ("Elimination", "Notice"),
        ("Elimination", "Result"), ("ForcedExit", "Result"), ("Compliant", "Notice"),
    ];

    private static readonly string[] Categories = ["ObsoleteEquipment", "Energy", "Environment", "Quality", "Safety", "IllegalConstruction", "Revival"];

    private sealed record AnnouncementRow(int Id, string List, string Stage, string Status, County County, string CreditCode, string Name, int? NoticeId,
        DateOnly Inspected, DateOnly Due, DateOnly? Deadline, DateTime At, DateOnly? PublishedOn, DateTime? WithdrawnAt, string Body);

    private sealed record ReportRow(int Id, string Category, County County, string Status, DateOnly Submitted, DateOnly Routed, DateOnly AcceptDue,
        DateOnly? Accepted, DateOnly? ConcludeDue, DateOnly? Concluded, DateOnly? Closed);

    private static IEnumerable<AnnouncementRow> Announcements(int count, IReadOnlyList<County> counties)
    {
        var random = new Random(20261130);
        var start = new DateTime(2017, 1, 1, 1, 30, 0, DateTimeKind.Utc);
        var span = (new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc) - start).TotalMinutes;
        var notice = 0;
        var (code, name, county) = ("", "", counties[0]);
        for (var id = 1; id <= count; id++)
        {
            if (id % 5 == 1)
            {
                county = counties[random.Next(counties.Count)];
                var body = "91" + county.Code + "MA" + string.Concat(Enumerable.Range(0, 7).Select(_ => "0123456789ABCDEFGHJKLMNPQRTUWXY"[random.Next(31)]));
                (code, name, notice) = (body + Portal.Modules.Core.Enterprises.CreditCode.CheckCharacterFor(body), $"{county.Name}第{id / 5}号建材有限公司", 0);
            }
            var (list, stage) = Kinds[random.Next(Kinds.Length)];
            var at = start.AddMinutes(random.NextDouble() * span);
            var on = DateOnly.FromDateTime(at.AddHours(8));
            var status = id % 100 == 0 ? "Draft" : id % 100 == 1 ? "Withdrawn" : "Published";
            var sealedOn = on.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var bodyJson = list == "Elimination" && stage == "Result"
                ? $$"""{"exitMethod":"{{(id % 3 == 0 ? "seal" : "dismantle")}}","completedOn":"{{sealedOn}}","violations":"淘汰落后设备"}"""
                : """{"violations":"经现场检查，能耗超过国家限额标准","requirements":"限期整改"}""";
            yield return new AnnouncementRow(id, list, stage, status, county, code, name, stage == "Result" && notice > 0 ? notice : null,
                on.AddDays(-10), on.AddDays(4), stage == "Notice" && list != "Compliant" ? on.AddMonths(6) : null, at,
                status == "Draft" ? null : on, status == "Withdrawn" ? at.AddDays(30) : null, bodyJson);
            if (stage == "Notice")
            {
                notice = id;
            }
        }
    }

    private static IEnumerable<ReportRow> Reports(int count, IReadOnlyList<County> counties, DateOnly today)
    {
        var random = new Random(20261131);
        for (var id = 1; id <= count; id++)
        {
            var submitted = today.AddDays(-random.Next(0, 6 * 365));
            var routed = submitted;
            var acceptDue = routed.AddDays(5);
            var state = id % 10;
            // One in ten waits to be signed for, one in ten is being checked, the rest are closed.
            var status = state == 0 ? "Routed" : state == 1 ? "Accepted" : "Closed";
            DateOnly? accepted = status == "Routed" ? null : routed.AddDays(2);
            DateOnly? concludeDue = accepted?.AddDays(21);
            DateOnly? concluded = status == "Closed" ? accepted!.Value.AddDays(15) : null;
            yield return new ReportRow(id, Categories[id % Categories.Length], counties[random.Next(counties.Count)], status, submitted, routed, acceptDue,
                accepted, concludeDue, concluded, concluded);
        }
    }

    public static void WriteSqlite(string databasePath, int announcements, int reports, IReadOnlyList<County> counties, DateOnly today)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF;";
            pragma.ExecuteNonQuery();
        }
        Insert(connection, AnnouncementInsert, Announcements(announcements, counties), AnnouncementValues);
        Insert(connection, ReportInsert, Reports(reports, counties, today), ReportValues);
    }

    private const string AnnouncementInsert = """
        INSERT INTO "Announcements" ("Id", "List", "Stage", "Status", "Level", "RegionCode", "UnitId", "DepartmentKindCode", "PublisherName",
            "EnterpriseId", "EnterpriseCreditCode", "EnterpriseName", "EnterpriseAddress", "EnterpriseRegionCode", "EnterpriseRegionPath", "IndustryCode",
            "NoticeId", "Title", "InspectionCompletedOn", "PublicationDueOn", "Deadline", "PublishAt", "PublishedOn", "WithdrawnAt", "Version", "Body",
            "CreatedAt", "CreatedBy", "UpdatedAt")
        VALUES ($1, $2, $3, $4, 'County', $5, $6, 'industry', $7, 1, $8, $9, $10, $5, $11, 'cement', $12, $13, $14, $15, $16, $17, $18, $19, 1, $20, $17, 'history', $17)
        """;

    private static object?[] AnnouncementValues(AnnouncementRow a) =>
    [
        a.Id, a.List, a.Stage, a.Status, a.County.Code, a.County.UnitId, a.County.Name + "工业和信息化局", a.CreditCode, a.Name, a.County.Name + "建设路1号",
        a.County.Path, a.NoticeId, $"关于{a.Name}的公示", a.Inspected, a.Due, a.Deadline, a.At, a.PublishedOn, a.WithdrawnAt, a.Body,
    ];

    private const string ReportInsert = """
        INSERT INTO "Reports" ("Id", "TrackingCode", "AccessKeyHash", "Category", "RegionCode", "RegionPath", "EnterpriseName", "Description", "RealName",
            "Status", "SubmittedOn", "UnitId", "RoutedOn", "AcceptDueOn", "AcceptedOn", "ConcludeDueOn", "ConcludedOn", "ClosedOn", "Version", "ChangedOn")
        VALUES ($1, $2, 'history', $3, $4, $5, $6, '历史举报', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, $9)
        """;

    private static object?[] ReportValues(ReportRow r) =>
    [
        r.Id, $"JB{r.Id:D10}", r.Category, r.County.Code, r.County.Path, $"{r.County.Name}某厂", r.Id % 3 == 0, r.Status, r.Submitted, r.County.UnitId,
        r.Routed, r.AcceptDue, r.Accepted, r.ConcludeDue, r.Concluded, r.Closed,
    ];

    private static void Insert<T>(SqliteConnection connection, string sql, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = sql;
        var n = 0;
        foreach (var row in rows)
        {
            var v = values(row);
            if (insert.Parameters.Count == 0)
            {
                for (var i = 0; i < v.Length; i++)
                {
                    insert.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
                }
                insert.Prepare();
            }
            for (var i = 0; i < v.Length; i++)
            {
                insert.Parameters[i].Value = Sqlite(v[i]);
            }
            insert.ExecuteNonQuery();
            if (++n % 100_000 == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
            }
        }
        transaction.Commit();
        transaction.Dispose();
    }

    /// <summary>As EF Core's SQLite provider stores them: dates as yyyy-MM-dd, times as yyyy-MM-dd HH:mm:ss.FFFFFFF.</summary>
    private static object Sqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };

    public static async Task WritePostgresAsync(string connectionString, int announcements, int reports, IReadOnlyList<County> counties, DateOnly today)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // The generated enterprise id 1 stands for every enterprise: foreign keys are not checked while the history loads.
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }
        await CopyAsync(connection, AnnouncementInsert, Announcements(announcements, counties), AnnouncementValues);
        await CopyAsync(connection, ReportInsert, Reports(reports, counties, today), ReportValues);
        // A province's database has statistics (autovacuum's): the history loaded in one go gets them at once.
        await using var sequences = new NpgsqlCommand("""
            SELECT setval(pg_get_serial_sequence('"Announcements"', 'Id'), (SELECT max("Id") FROM "Announcements"));
            SELECT setval(pg_get_serial_sequence('"Reports"', 'Id'), (SELECT max("Id") FROM "Reports"));
            ANALYZE "Announcements";
            ANALYZE "Reports";
            """, connection);
        await sequences.ExecuteNonQueryAsync();
    }

    /// <summary>The same columns and values as the SQLite insert, by COPY … FROM STDIN (BINARY).</summary>
    private static async Task CopyAsync<T>(NpgsqlConnection connection, string insert, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        var table = insert[(insert.IndexOf("INTO ", StringComparison.Ordinal) + 5)..insert.IndexOf(" (", StringComparison.Ordinal)];
        var columns = insert[(insert.IndexOf('(') + 1)..insert.IndexOf(')')].Split(',').Select(c => c.Trim()).ToArray();
        var placeholders = insert[(insert.LastIndexOf('(') + 1)..insert.LastIndexOf(')')].Split(',').Select(c => c.Trim()).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            var v = values(row);
            await writer.StartRowAsync();
            foreach (var placeholder in placeholders)
            {
                object? value = placeholder.StartsWith('$') ? v[int.Parse(placeholder[1..], CultureInfo.InvariantCulture) - 1]
                    : placeholder.Trim('\'') is var literal && int.TryParse(literal, out var number) ? number : placeholder.Trim('\'');
                await WriteAsync(writer, value);
            }
        }
        await writer.CompleteAsync();
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, object? value) => value switch
    {
        null => writer.WriteNullAsync(),
        int i => writer.WriteAsync(i, NpgsqlDbType.Integer),
        bool b => writer.WriteAsync(b, NpgsqlDbType.Boolean),
        DateOnly d => writer.WriteAsync(d, NpgsqlDbType.Date),
        DateTime t => writer.WriteAsync(t, NpgsqlDbType.TimestampTz),
        string s => writer.WriteAsync(s, NpgsqlDbType.Text),
        _ => throw new InvalidOperationException($"no COPY type for {value.GetType()}"),
    };
}
