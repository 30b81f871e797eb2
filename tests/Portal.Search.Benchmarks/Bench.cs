using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Enterprises;
using Microsoft.Extensions.Options;
using Portal.Modules.Search;
using Portal.Modules.Search.Analysis;
using Portal.Modules.Search.Index;
using Portal.Modules.Search.Querying;

namespace Portal.Search.Benchmarks;

/// <summary>
/// The search benchmark of issue 4: a million announcements in the portal's own SQLite database, the index rebuilt
/// by the portal's own code, a public query mix timed through the index and end to end, and the naive LIKE beside it.
/// Prints figures; asserts nothing. Usage: dotnet run -c Release -- [rows] [runs] [postgres connection string]
/// </summary>
internal static class Bench
{
    /// <summary>Marks a query of the mix as one of the enterprise register rather than of the announcements.</summary>
    private const string Register = "register";

    private static async Task<int> Main(string[] args)
    {
        if (args is ["api", ..])
        {
            return await ApiBench.RunAsync(Directory.CreateTempSubdirectory("portal-api-").FullName);
        }
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var postgres = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES");
        var data = Directory.CreateTempSubdirectory("portal-bench-").FullName;
        Console.WriteLine($"# Search benchmark: {rows:N0} announcements, {runs} runs per query, {Environment.ProcessorCount} cores, data in {data}");

        await using var portal = ApiBench.Portal(demoData: false, data);
        portal.CreateClient().Dispose();
        var services = portal.Services;

        List<DemoCorpus.Row> samples;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var tree = await scope.ServiceProvider.GetRequiredService<RegionDirectory>().GetAsync();
            var counties = tree.All.Where(r => r.Level == RegionLevel.County).Select(r => (r.Code, Name: tree.QualifiedName(r.Code), r.Path)).ToList();
            var unit = await db.DepartmentUnits.Select(u => u.Id).FirstAsync();
            var clock = Stopwatch.StartNew();
            samples = DemoCorpus.Write(Path.Combine(data, "portal.db"), rows, counties, unit);
            Console.WriteLine($"generated {rows:N0} rows in the main database in {clock.Elapsed.TotalSeconds:F1} s");
        }
        GC.Collect();

        var maintenance = services.GetRequiredService<IndexMaintenance>();
        var store = services.GetRequiredService<IndexStore>();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        long peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(100);
            }
        });
        var stolenBefore = StolenTime.Sample();
        var build = Stopwatch.StartNew();
        await maintenance.RebuildAsync(CancellationToken.None);
        build.Stop();
        await sampling.CancelAsync();
        await sampler;
        Console.WriteLine();
        Console.WriteLine("| rebuild | value |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| documents | {maintenance.Progress!.Done:N0} |");
        Console.WriteLine($"| time | {build.Elapsed.TotalSeconds:F1} s |");
        Console.WriteLine($"| index file | {store.SizeInBytes() / 1048576.0:F0} MiB |");
        Console.WriteLine($"| process working set before / peak during build | {before / 1048576.0:F0} MiB / {peak / 1048576.0:F0} MiB |");
        Console.WriteLine($"| CPU stolen by the host during the build | {StolenTime.Sample().PercentSince(stolenBefore)} % |");

        var phrase = "\"超过国家限额标准\"";
        using (var lease = store.Acquire()!)
        {
            // What the parallel count shares out: each segment's size, its register documents, what the phrase can match in it.
            var phraseQuery = SearchQueryParser.Parse(phrase).Match!;
            var leaves = lease.Searcher.IndexReader.Leaves;
            Console.WriteLine();
            Console.WriteLine($"segments (documents / of the register / the phrase's possible matches): {string.Join(" · ", leaves.Select(l =>
                $"{l.AtomicReader.MaxDoc:N0} / {l.AtomicReader.DocFreq(new Term(IndexSchema.Kind, Enterprise.SearchKindName)):N0} / {SegmentSearch.AtMost(l.AtomicReader, phraseQuery):N0}"))}");
            Console.WriteLine($"the phrase's work: {SegmentSearch.Pieces(leaves, phraseQuery, SegmentSearch.PieceDocs).Count} pieces of at most {SegmentSearch.PieceDocs:N0} documents, taken in turn by {Environment.ProcessorCount} cores");
        }

        var now = DateTime.UtcNow;
        var common = "整改";
        var rare = samples[3].Rare;
        var code = samples[5].CreditCode;
        var enterpriseName = samples[2].Name;
        var mix = new (string Name, ListAnnouncements.Query Query, string? Like)[]
        {
            ("common 2-character term (整改)", new() { Q = common }, common),
            ($"rare term ({rare})", new() { Q = rare }, rare),
            ("phrase (超过国家限额标准)", new() { Q = phrase }, "超过国家限额标准"),
            ("credit code", new() { Q = code }, code),
            ("list + region (rectification, 220300)", new() { List = "rectification", Region = "220300" }, null),
            ("facets of a term and a list (水泥, violation)", new() { Q = "水泥", List = "violation" }, "水泥"),
            ("everything, no filter (facets over all)", new(), null),
            ($"enterprise name in the register ({enterpriseName})", new() { Q = enterpriseName, Stage = Register }, enterpriseName),
        };

        Console.WriteLine();
        Console.WriteLine("| query | hits (counted) | index, counts not cached: p50 / p95 / p99 ms | index, counts cached: p50 / p99 ms | end-to-end (API handler) p50 / p95 / p99 ms | naive SQLite LIKE p50 ms | LIKE ÷ uncached, p50 / p99 | CPU stolen by the host |");
        Console.WriteLine("| --- | ---: | --- | --- | --- | ---: | ---: | ---: |");
        var search = services.GetRequiredService<IFullTextSearch>();
        var searchOptions = services.GetRequiredService<IOptions<SearchOptions>>();
        // Compiles the code paths once, so the first row's figures are not the JIT's.
        await search.SearchAsync(new SearchRequest { Kind = "announcement", Text = "钢铁", Level = "county", Now = now }, CancellationToken.None);
        foreach (var (name, query, like) in mix)
        {
            var stolenFrom = StolenTime.Sample();
            var hits = "";
            var register = query.Stage == Register;
            SearchRequest Request() => new()
            {
                Kind = register ? "enterprise" : "announcement",
                Text = query.Q is { } q && q != code ? q : null,
                CreditCode = query.Q == code ? code : null,
                List = query.List,
                RegionPath = query.Region is null ? null : "/220000/220300/",
                Now = now,
            };
            // A new instance has an empty count cache, as a node has for a question it has not been asked yet. Its first
            // question also looks at the task log, which a busy node does at most every half second whatever it is asked:
            // an unrelated question (a credit code no enterprise has) pays for that look untimed.
            var uncached = await TimeAsync(runs, async _ =>
            {
                var cold = new SearchQueries(store, maintenance, services.GetRequiredService<IndexingSignal>(), searchOptions);
                await cold.SearchAsync(new SearchRequest { Kind = "announcement", CreditCode = Unregistered, Now = now }, CancellationToken.None);
                return cold;
            }, cold => cold.SearchAsync(Request(), CancellationToken.None), cold => cold.Dispose());
            var cached = await TimeAsync(runs, _ => search.SearchAsync(Request(), CancellationToken.None));
            var endToEnd = await TimeAsync(runs, async _ =>
            {
                using var scope = services.CreateScope();
                var total = register
                    ? (await scope.ServiceProvider.GetRequiredService<SearchEnterprises.Handler>().HandleAsync(new() { Q = query.Q }, CancellationToken.None)).Value!.Total
                    : (await scope.ServiceProvider.GetRequiredService<ListAnnouncements.Handler>().HandleAsync(query, CancellationToken.None)).Value!.Total;
                hits = total.ToString("N0", CultureInfo.InvariantCulture);
            });
            var naive = await TimeAsync(Math.Max(3, runs / 40), _ => NaiveAsync(services, Path.Combine(data, "portal.db"), query, like), warmUp: 1);
            Console.WriteLine($"| {name} | {hits} | {Percentiles(uncached)} | {Percentile(cached, 50):F1} / {Percentile(cached, 99):F1} | {Percentiles(endToEnd)} | {Percentile(naive, 50):F0} | {Percentile(naive, 50) / Math.Max(Percentile(uncached, 50), 0.001):N0}× / {Percentile(naive, 50) / Math.Max(Percentile(uncached, 99), 0.001):N0}× | {StolenTime.Sample().PercentSince(stolenFrom)} % |");
        }

        // The same data and index served by the portal in its own process (this one lets go of the index first).
        await portal.DisposeAsync();
        var (server, address) = await ApiBench.StartProcessAsync(data, demoData: false);
        using (server)
        {
            await ApiBench.MeasureAsync(address, $"{rows:N0} announcements", byId: false);
            server.Kill(entireProcessTree: true);
        }
        // The demo data's figures in the same run, so that the issue's three API targets come from one run.
        await ApiBench.RunAsync(Directory.CreateTempSubdirectory("portal-api-").FullName);

        if (!string.IsNullOrWhiteSpace(postgres))
        {
            await PostgresLikeAsync(postgres, Path.Combine(data, "portal.db"), [common, rare, "超过国家限额标准", code], runs);
        }
        SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("PORTAL_BENCH_KEEP") is null)
        {
            Directory.Delete(data, recursive: true);
        }
        return 0;
    }

    /// <summary>
    /// Milliseconds of each of <paramref name="runs"/> calls, after calls that are not counted: enough for the JIT to
    /// have compiled the code paths fully (after 30 calls), as it has on a node that has been serving for a while.
    /// </summary>
    private static Task<List<double>> TimeAsync(int runs, Func<int, Task> action, int warmUp = 40) =>
        TimeAsync(runs, i => Task.FromResult(i), i => action(i), _ => { }, warmUp);

    /// <summary>As above, each timed call after an untimed <paramref name="prepare"/> and before an untimed <paramref name="release"/>.</summary>
    private static async Task<List<double>> TimeAsync<T>(int runs, Func<int, Task<T>> prepare, Func<T, Task> action, Action<T> release, int warmUp = 40)
    {
        async Task<double> OnceAsync(int i)
        {
            var prepared = await prepare(i);
            var clock = Stopwatch.StartNew();
            await action(prepared);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            release(prepared);
            return elapsed;
        }
        for (var i = 0; i < warmUp; i++)
        {
            await OnceAsync(runs + i);
        }
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            times.Add(await OnceAsync(i));
        }
        return times;
    }

    /// <summary>A valid credit code (its check character right) that no generated enterprise has.</summary>
    private static readonly string Unregistered = "91220000MA0000000" + Portal.Modules.Core.Enterprises.CreditCode.CheckCharacterFor("91220000MA0000000");

    /// <summary>
    /// The alternative without an index: the database path of the same use case (what a node without an index
    /// answers with), and for text, LIKE '%词%' over every text column, counted and paged newest first.
    /// </summary>
    private static async Task NaiveAsync(IServiceProvider services, string databasePath, ListAnnouncements.Query query, string? like)
    {
        if (like is null)
        {
            using var scope = services.CreateScope();
            var sp = scope.ServiceProvider;
            var handler = new ListAnnouncements.Handler(sp.GetRequiredService<PortalDbContext>(), sp.GetRequiredService<RegionDirectory>(),
                sp.GetRequiredService<NameDirectory>(), sp.GetRequiredService<DepartmentDirectory>(), sp.GetRequiredService<AnnouncementViews>(), sp.GetRequiredService<AnnouncementDatabaseSearch>(), TimeProvider.System, search: null);
            await handler.HandleAsync(query, CancellationToken.None);
            return;
        }
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var where = "Status = 'Published' AND (Title LIKE $p OR EnterpriseName LIKE $p OR EnterpriseAddress LIKE $p OR EnterpriseCreditCode LIKE $p OR Body LIKE $p)"
            + (query.List is null ? "" : " AND List = 'Violation'");
        var (table, order) = ("Announcements", "PublishAt");
        if (query.Stage == Register)
        {
            (table, order, where) = ("Enterprises", "CreatedAt", "Name LIKE $p OR Address LIKE $p OR CreditCode LIKE $p");
        }
        foreach (var sql in new[] { $"SELECT count(*) FROM {table} WHERE {where}", $"SELECT Id FROM {table} WHERE {where} ORDER BY {order} DESC LIMIT 20" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$p", $"%{like}%");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
    }

    private static async Task PostgresLikeAsync(string connectionString, string sqlitePath, string[] terms, int runs)
    {
        await using var pg = new NpgsqlConnection(connectionString);
        await pg.OpenAsync();
        await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS bench_announcements; CREATE TABLE bench_announcements(id int primary key, published_at timestamptz, title text, enterprise_name text, credit_code text, body text)", pg))
        {
            await create.ExecuteNonQueryAsync();
        }
        var clock = Stopwatch.StartNew();
        await using (var sqlite = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly"))
        {
            await sqlite.OpenAsync();
            await using var read = sqlite.CreateCommand();
            read.CommandText = "SELECT Id, PublishAt, Title, EnterpriseName, EnterpriseCreditCode, Body FROM Announcements";
            await using var reader = await read.ExecuteReaderAsync();
            await using var copy = await pg.BeginBinaryImportAsync("COPY bench_announcements FROM STDIN (FORMAT BINARY)");
            while (await reader.ReadAsync())
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(reader.GetInt32(0), NpgsqlTypes.NpgsqlDbType.Integer);
                await copy.WriteAsync(DateTime.SpecifyKind(DateTime.Parse(reader.GetString(1), CultureInfo.InvariantCulture), DateTimeKind.Utc), NpgsqlTypes.NpgsqlDbType.TimestampTz);
                for (var c = 2; c < 6; c++)
                {
                    await copy.WriteAsync(reader.GetString(c), NpgsqlTypes.NpgsqlDbType.Text);
                }
            }
            await copy.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE bench_announcements", pg))
        {
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine();
        Console.WriteLine($"PostgreSQL: copied the rows in {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine();
        Console.WriteLine("| PostgreSQL ILIKE '%词%' (count + newest 20) | p50 ms |");
        Console.WriteLine("| --- | ---: |");
        foreach (var term in terms)
        {
            var timing = await TimeAsync(Math.Max(3, runs / 40), warmUp: 1, action: async _ =>
            {
                foreach (var sql in new[] { "SELECT count(*) FROM bench_announcements WHERE title ILIKE $1 OR enterprise_name ILIKE $1 OR credit_code ILIKE $1 OR body ILIKE $1",
                    "SELECT id FROM bench_announcements WHERE title ILIKE $1 OR enterprise_name ILIKE $1 OR credit_code ILIKE $1 OR body ILIKE $1 ORDER BY published_at DESC LIMIT 20" })
                {
                    await using var command = new NpgsqlCommand(sql, pg);
                    command.Parameters.AddWithValue($"%{term}%");
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                    }
                }
            });
            Console.WriteLine($"| {term} | {Percentile(timing, 50):F0} |");
        }
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }

    private static string Percentiles(List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{Percentile(values, 50):F1} / {Percentile(values, 95):F1} / {Percentile(values, 99):F1}");
}
