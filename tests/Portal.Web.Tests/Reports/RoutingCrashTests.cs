using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Intake;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>The portal as its own process, killed with SIGKILL in the middle of routing, then started again.</summary>
[Collection(PortalCollection.Name)]
public class RoutingCrashTests(Portals portals)
{
    internal const int Waiting = 3000;

    [Theory, BothDatabases]
    public async Task Killing_the_portal_during_routing_and_starting_it_again_routes_every_report_exactly_once(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("routing_crash") : null;
        // The seeding node only creates the schema and the reports; its jobs stay in its own memory, out of the farm.
        await using var seed = new PortalFactory(db, connection, demoData: false, settings: new Dictionary<string, string?> { ["Portal:Jobs:Store"] = "Memory" });
        var shared = connection ?? $"Data Source={Path.Combine(seed.DataDirectory, "portal.db")}";
        await AddWaitingReportsAsync(seed);

        var first = Start(db, shared);
        var routedAtKill = 0;
        try
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(90) && (routedAtKill = await CountRoutedAsync(seed)) == 0)
            {
                await Task.Delay(20);
            }
        }
        finally
        {
            await PortalProcess.KillAsync(first);
        }
        var afterKill = await CountRoutedAsync(seed);
        Assert.True(afterKill is > 0 and < Waiting, $"the kill did not land during routing: {afterKill} of {Waiting} routed");

        var second = Start(db, shared);
        try
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(120) && await CountRoutedAsync(seed) < Waiting)
            {
                await Task.Delay(200);
            }
        }
        finally
        {
            await PortalProcess.KillAsync(second);
        }

        await using var scope = seed.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var reports = await data.Reports().AsNoTracking().Where(r => r.Description.StartsWith("崩溃测试")).Select(r => new { r.Id, r.Status, r.UnitId }).ToListAsync();
        Assert.Equal(Waiting, reports.Count);
        Assert.All(reports, r => Assert.Equal(ReportStatus.Routed, r.Status));
        Assert.All(reports, r => Assert.NotNull(r.UnitId));
        var ids = reports.Select(r => r.Id).ToList();
        var routedSteps = await data.ReportEvents().AsNoTracking().Where(e => ids.Contains(e.ReportId) && e.Status == ReportStatus.Routed)
            .GroupBy(e => e.ReportId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Waiting, routedSteps.Count);
        Assert.All(routedSteps, count => Assert.Equal(1, count));
    }

    internal static async Task AddWaitingReportsAsync(PortalFactory seed)
    {
        await using var scope = seed.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = Enterprises.ChinaToday;
        string[] regions = ["220303", "220302", "220322", "220102", "220202"];
        for (var i = 0; i < Waiting; i++)
        {
            data.Reports().Add(new Report
            {
                TrackingCode = FileReport.NewTrackingCode(),
                AccessKeyHash = FileReport.HashKey(FileReport.NewAccessKey()),
                Category = (ReportCategory)(i % 5 + 2),
                RegionCode = regions[i % regions.Length],
                RegionPath = "/",
                EnterpriseName = $"崩溃测试企业{i}",
                Description = $"崩溃测试第 {i} 件举报，检查重启后是否只转办一次。",
                Status = ReportStatus.Received,
                SubmittedOn = today,
            });
        }
        await data.SaveChangesAsync();
    }

    internal static async Task<int> CountRoutedAsync(PortalFactory seed)
    {
        await using var scope = seed.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Reports().CountAsync(r => r.Status == ReportStatus.Routed && r.Description.StartsWith("崩溃测试"));
    }

    private static Process Start(string provider, string connectionString) =>
        PortalProcess.Start(provider, connectionString, new Dictionary<string, string>
        {
            ["Portal:Jobs:RoutingInterval"] = "00:00:01",
            ["Portal:Jobs:FirstRunDelay"] = "00:00:01",
        });
}
