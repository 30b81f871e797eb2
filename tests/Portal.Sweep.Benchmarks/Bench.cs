using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Sweep;
using Portal.Search.Benchmarks;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Sweep.Benchmarks;

/// <summary>
/// The deadline-sweep benchmark of issue 15: a province's history (default 1,000,000 announcements and 100,000
/// reports) in the portal's own database, then the first full sweep, a sweep with nothing changed, and a sweep after
/// 1,000 changes, each timed through the portal's own DeadlineSweep. Prints figures; asserts nothing.
/// Usage: dotnet run -c Release --project tests/Portal.Sweep.Benchmarks -- [announcements] [reports] [sqlite|postgres|both]
/// PostgreSQL: PORTAL_BENCH_POSTGRES (a server's connection string), or a throwaway cluster started here as the tests do.
/// </summary>
internal static class Bench
{
    private static async Task<int> Main(string[] args)
    {
        var announcements = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var reports = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var which = args.Length > 2 ? args[2] : "both";
        Console.WriteLine($"# Deadline sweep benchmark: {announcements:N0} announcements, {reports:N0} reports, {Environment.ProcessorCount} cores");
        if (which is "sqlite" or "both")
        {
            await RunAsync("Sqlite", null, announcements, reports);
        }
        if (which is "postgres" or "both")
        {
            var server = Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES");
            if (!string.IsNullOrWhiteSpace(server))
            {
                await RunAsync("Postgres", server, announcements, reports);
            }
            else
            {
                await using var cluster = await PostgresCluster.StartAsync();
                await RunAsync("Postgres", await cluster.CreateDatabaseAsync("sweep_bench"), announcements, reports);
            }
        }
        return 0;
    }

    private static async Task RunAsync(string provider, string? connectionString, int announcements, int reports)
    {
        var data = Directory.CreateTempSubdirectory("portal-sweep-bench-").FullName;
        Console.WriteLine($"## {provider}");
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PORTAL_WEB", Path.Combine(root!.FullName, "src", "Portal.Web"));
        await using var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Portal:DataDirectory", data);
            b.UseSetting("Portal:DemoData", "false");
            b.UseSetting("Portal:Database:Provider", provider);
            if (connectionString is not null)
            {
                b.UseSetting("ConnectionStrings:Portal", connectionString);
            }
            // The benchmark runs the sweep itself; the schedule and the search index stay out of its way.
            b.UseSetting("Portal:Jobs:FirstRunDelay", "1.00:00:00");
            b.UseSetting("Portal:Search:PollInterval", "01:00:00");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        portal.CreateClient().Dispose();
        var services = portal.Services;
        var today = ChinaTime.Today(TimeProvider.System);

        List<History.County> counties;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var tree = await scope.ServiceProvider.GetRequiredService<RegionDirectory>().GetAsync();
            var units = await db.DepartmentUnits.AsNoTracking().Where(u => u.KindCode == DepartmentKinds.Industry).ToListAsync();
            counties = tree.All.Where(r => r.Level == RegionLevel.County)
                .Select(r => (Region: r, Unit: units.FirstOrDefault(u => u.RegionCode == r.Code)))
                .Where(x => x.Unit is not null)
                .Select(x => new History.County(x.Region.Code, tree.QualifiedName(x.Region.Code), x.Region.Path, x.Unit!.Id))
                .ToList();
        }
        var clock = Stopwatch.StartNew();
        if (provider == "Sqlite")
        {
            History.WriteSqlite(Path.Combine(data, "portal.db"), announcements, reports, counties, today);
        }
        else
        {
            await History.WritePostgresAsync(connectionString!, announcements, reports, counties, today);
        }
        Console.WriteLine($"history written in {clock.Elapsed.TotalSeconds:F1} s ({counties.Count} counties)");

        var full = await SweepAsync(services, "first sweep (reads everything)");
        await SweepAsync(services, "second sweep, nothing changed");
        await ChangeAsync(services, provider, today);
        await SweepAsync(services, "sweep after 1,000 changes");
        await NextDayAsync(services);
        await SweepAsync(services, "next day's full pass (reads everything, little to write)");
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var byStatus = await db.Obligations().GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            Console.WriteLine($"obligation rows: {string.Join(", ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Count:N0}"))}; credit records {await db.CreditRecords().CountAsync():N0}");
        }
        Console.WriteLine($"targets: full ≤ 60 s, steady ≤ 5 s (first sweep {full.TotalSeconds:F1} s)");
        Directory.Delete(data, recursive: true);
    }

    private static async Task<TimeSpan> SweepAsync(IServiceProvider services, string what)
    {
        GC.Collect();
        using var scope = services.CreateScope();
        var stolen = StolenTime.Sample();
        var clock = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(wait: true, CancellationToken.None);
        var elapsed = clock.Elapsed;
        Console.WriteLine($"{what}: {elapsed.TotalSeconds:F1} s ({StolenTime.Sample().PercentSince(stolen)} % of the CPU stolen by the host) — {result.Summary}");
        return elapsed;
    }

    /// <summary>The first sweep of each day reads everything again: as if the last full pass had been yesterday's.</summary>
    private static async Task NextDayAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var state = await db.SweepStates().SingleAsync(s => s.Name == DeadlineSweep.Name);
        state.FullOn = state.FullOn!.Value.AddDays(-1);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A day's work at province scale: 600 enterprises given longer deadlines, 200 drafts published, 200 reports signed
    /// for — as the use cases would write them (UpdatedAt, ChangedOn), straight in the database.
    /// </summary>
    private static async Task ChangeAsync(IServiceProvider services, string provider, DateOnly today)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTime.UtcNow;
        var extended = today.AddMonths(3);
        var clock = Stopwatch.StartNew();
        var notices = await db.Set<Portal.Modules.Disclosure.Data.Announcement>().Where(a => a.Deadline != null && a.Id % 331 == 3).OrderBy(a => a.Id).Select(a => a.Id).Take(600).ToListAsync();
        var drafts = await db.Set<Portal.Modules.Disclosure.Data.Announcement>().Where(a => a.Status == Portal.Modules.Disclosure.Data.AnnouncementStatus.Draft).OrderBy(a => a.Id).Select(a => a.Id).Take(200).ToListAsync();
        var waiting = await db.Set<Portal.Modules.Reports.Data.Report>().Where(r => r.Status == Portal.Modules.Reports.Data.ReportStatus.Routed).OrderBy(r => r.Id).Select(r => r.Id).Take(200).ToListAsync();
        await db.Set<Portal.Modules.Disclosure.Data.Announcement>().Where(a => notices.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtendedDeadline, extended).SetProperty(a => a.UpdatedAt, now));
        await db.Set<Portal.Modules.Disclosure.Data.Announcement>().Where(a => drafts.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, Portal.Modules.Disclosure.Data.AnnouncementStatus.Published).SetProperty(a => a.PublishedOn, today).SetProperty(a => a.UpdatedAt, now));
        await db.Set<Portal.Modules.Reports.Data.Report>().Where(r => waiting.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Portal.Modules.Reports.Data.ReportStatus.Accepted).SetProperty(r => r.AcceptedOn, today)
                .SetProperty(r => r.ConcludeDueOn, today.AddDays(21)).SetProperty(r => r.ChangedOn, today));
        Console.WriteLine($"changed {notices.Count + drafts.Count + waiting.Count:N0} subjects ({provider}) in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
