using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Reports;

namespace Portal.Web.Tests.Jobs;

/// <summary>
/// Two portal processes as the two nodes of one Quartz cluster on one PostgreSQL database, read through the
/// scheduler's own tables: the shared execution history and the fired triggers.
/// </summary>
[Collection(PortalCollection.Name)]
public class ClusteredSchedulerTests(Portals portals, ITestOutputHelper output)
{
    private sealed record Execution(string Node, string Job, string TriggerGroup, DateTime FiredAt, TimeSpan RunTime, int? Result);

    [Fact]
    public async Task Two_nodes_never_sweep_at_the_same_time_and_the_survivor_finishes_the_routing_a_killed_node_was_doing()
    {
        var connection = await portals.Cluster.CreateDatabaseAsync("jobs_cluster");
        // The two nodes start together on the empty database (their start-ups take turns at the migrations). The seeding
        // portal, first used once they are up, adds the administrator, the demo data and later the waiting reports; it
        // keeps its schedule in memory and parked, so the cluster is exactly the two processes.
        await using var seed = new PortalFactory("Postgres", connection, settings: new Dictionary<string, string?> { ["Portal:Jobs:Store"] = "Memory" });
        var settings = new Dictionary<string, string>
        {
            ["Portal:Jobs:FirstRunDelay"] = "00:00:01",
            // Sweeps back to back (each takes longer than the interval once the 3,000 reports are routed), routing every second.
            ["Portal:Jobs:DeadlineSweepInterval"] = "00:00:00.5",
            ["Portal:Jobs:RoutingInterval"] = "00:00:01",
            ["Portal:Jobs:MailInterval"] = "01:00:00",
            ["Portal:Jobs:CreditPushInterval"] = "01:00:00",
            ["Portal:Jobs:CheckinInterval"] = "00:00:01",
            ["Portal:Jobs:CheckinMisfireThreshold"] = "00:00:03",
        };
        var addresses = new Dictionary<string, string> { ["node-a"] = PortalProcess.FreeAddress(), ["node-b"] = PortalProcess.FreeAddress() };
        var nodes = addresses.ToDictionary(n => n.Key,
            n => PortalProcess.Start("Postgres", connection, new Dictionary<string, string>(settings) { ["Portal:Jobs:NodeName"] = n.Key }, n.Value));
        try
        {
            foreach (var (name, address) in addresses)
            {
                await PortalProcess.WaitUntilHealthyAsync(address, nodes[name]);
            }
            // Administrators press "run now" on each node alone, then on both at once, while the schedule keeps firing:
            // the sweeps queue up behind each other whichever node's scheduler picked them.
            var token = await seed.TokenAsync(seed.AdminUserName, seed.AdminPassword, seed.AdminAuthenticatorKey);
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            var ranOn = new List<string>();
            foreach (var address in addresses.Values)
            {
                ranOn.Add(await RunSweepAsync(http, address));
            }
            // Which node's scheduler takes a trigger is the cluster's choice; press on until each has taken some.
            for (var round = 0; round < 5 || (ranOn.Distinct().Count() < 2 && round < 40); round++)
            {
                ranOn.AddRange(await Task.WhenAll(addresses.Values.Select(a => RunSweepAsync(http, a))));
            }
            Assert.Equal(["node-a", "node-b"], ranOn.Distinct().Order());

            await RoutingCrashTests.AddWaitingReportsAsync(seed);
            var killed = await KillTheNodeRoutingAsync(connection, nodes);
            var routedAtKill = await RoutingCrashTests.CountRoutedAsync(seed);
            var killedAt = DateTime.UtcNow;
            Assert.True(routedAtKill < RoutingCrashTests.Waiting, $"the kill did not land during routing: {routedAtKill} already routed");
            var survivor = nodes.Keys.Single(n => n != killed);

            // The survivor notices the silent node after the check-in threshold and runs its routing again as a recovery.
            var clock = Stopwatch.StartNew();
            List<Execution> history = [];
            while (clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                history = await HistoryAsync(connection);
                if (await RoutingCrashTests.CountRoutedAsync(seed) == RoutingCrashTests.Waiting
                    && history.Any(e => e.Job == "report-routing" && e.Node == survivor && e.TriggerGroup == "RECOVERING_JOBS")
                    && history.Count(e => e.Job == "deadline-sweep" && e.Node == survivor && e.FiredAt > killedAt) >= 5)
                {
                    break;
                }
                await Task.Delay(500);
            }

            Assert.Equal(RoutingCrashTests.Waiting, await RoutingCrashTests.CountRoutedAsync(seed));
            Assert.Contains(history, e => e.Job == "report-routing" && e.Node == survivor && e.TriggerGroup == "RECOVERING_JOBS");
            await AssertEachReportRoutedOnceAsync(seed);

            var sweeps = history.Where(e => e.Job == "deadline-sweep").OrderBy(e => e.FiredAt).ToList();
            var recovery = history.Where(e => e.TriggerGroup == "RECOVERING_JOBS").Min(e => e.FiredAt);
            output.WriteLine($"killed {killed} with {routedAtKill} of {RoutingCrashTests.Waiting} routed; {survivor} recovered the routing {(recovery - killedAt).TotalSeconds:0.0} s later");
            output.WriteLine($"run-now answered by: {string.Join(" ", ranOn)}");
            output.WriteLine($"sweeps: {string.Join(", ", sweeps.GroupBy(e => e.Node).Select(g => $"{g.Key} {g.Count()} (longest {g.Max(e => e.RunTime).TotalMilliseconds:0} ms)"))}");
            Assert.True(sweeps.Count(e => e.FiredAt > killedAt && e.Node == survivor) >= 5, $"{sweeps.Count(e => e.FiredAt > killedAt)} sweeps after the kill");
            Assert.Equal(["node-a", "node-b"], sweeps.Where(e => e.FiredAt < killedAt).Select(e => e.Node).Distinct().Order());
            for (var i = 1; i < sweeps.Count; i++)
            {
                var before = sweeps[i - 1];
                Assert.True(sweeps[i].FiredAt >= before.FiredAt + before.RunTime,
                    $"{sweeps[i].Node} started a sweep at {sweeps[i].FiredAt:HH:mm:ss.fff} while {before.Node}'s of {before.FiredAt:HH:mm:ss.fff} ran for {before.RunTime.TotalMilliseconds} ms");
            }
            // Nor did a sweep ever find the other holding the database lock (it would have reported itself skipped).
            Assert.DoesNotContain(sweeps, e => e.Result == (int)Quartz.JobRunResult.Skipped);
        }
        finally
        {
            foreach (var node in nodes.Values.Where(n => !n.HasExited))
            {
                await PortalProcess.KillAsync(node);
            }
        }
    }

    /// <summary>POST /api/v1/admin/jobs/deadline-sweep/run on one node; answers the node that ran it.</summary>
    private static async Task<string> RunSweepAsync(HttpClient http, string address)
    {
        var response = await http.PostAsync(address + "/api/v1/admin/jobs/deadline-sweep/run", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var run = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal("succeeded", run.GetProperty("result").GetString());
        return run.GetProperty("node").GetString()!;
    }

    /// <summary>Waits until one node is executing the routing job (as the scheduler's fired-triggers table says) and SIGKILLs it.</summary>
    private static async Task<string> KillTheNodeRoutingAsync(string connection, IReadOnlyDictionary<string, Process> nodes)
    {
        await using var data = new NpgsqlConnection(connection);
        await data.OpenAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (await TableExistsAsync(data, "qrtz_fired_triggers"))
            {
                await using var command = new NpgsqlCommand("select instance_name from qrtz_fired_triggers where job_name = 'report-routing' and state = 'EXECUTING'", data);
                if (await command.ExecuteScalarAsync() is string node)
                {
                    await PortalProcess.KillAsync(nodes[node]);
                    return node;
                }
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("neither node started routing within 90 s");
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection data, string table)
    {
        await using var command = new NpgsqlCommand("select to_regclass(@t) is not null", data);
        command.Parameters.AddWithValue("t", table);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<Execution>> HistoryAsync(string connection)
    {
        await using var data = new NpgsqlConnection(connection);
        await data.OpenAsync();
        if (!await TableExistsAsync(data, "qrtz_execution_history"))
        {
            return [];
        }
        await using var command = new NpgsqlCommand("select instance_name, job_name, trigger_group, fired_time, run_time, result from qrtz_execution_history", data);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Execution>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Execution(reader.GetString(0), reader.GetString(1), reader.GetString(2), new DateTime(reader.GetInt64(3), DateTimeKind.Utc),
                TimeSpan.FromTicks(reader.GetInt64(4)), reader.IsDBNull(5) ? null : reader.GetInt32(5)));
        }
        return rows;
    }

    private static async Task AssertEachReportRoutedOnceAsync(PortalFactory seed)
    {
        await using var scope = seed.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ids = await data.Reports().AsNoTracking().Where(r => r.Description.StartsWith("崩溃测试")).Select(r => r.Id).ToListAsync();
        var routedSteps = await data.ReportEvents().AsNoTracking().Where(e => ids.Contains(e.ReportId) && e.Status == ReportStatus.Routed)
            .GroupBy(e => e.ReportId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(RoutingCrashTests.Waiting, routedSteps.Count);
        Assert.All(routedSteps, count => Assert.Equal(1, count));
    }
}
