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
/// Two portal processes as the two servers of one Hangfire farm on one PostgreSQL database, read through the portal's
/// run history and Hangfire's own tables.
/// </summary>
[Collection(PortalCollection.Name)]
public class JobFarmTests(Portals portals, ITestOutputHelper output)
{
    private sealed record Execution(string Node, string Job, string Trigger, string? HangfireJobId, DateTime StartedAt, long DurationMs, string Result);

    [Fact]
    public async Task Two_nodes_never_sweep_at_the_same_time_and_the_survivor_takes_up_the_routing_a_killed_node_was_doing()
    {
        var connection = await portals.Cluster.CreateDatabaseAsync("jobs_farm");
        // The two nodes start together on the empty database (their start-ups take turns at the migrations). The seeding
        // portal, first used once they are up, adds the administrator, the demo data and later the waiting reports; its
        // jobs stay in its own memory, so the farm is exactly the two processes.
        await using var seed = new PortalFactory("Postgres", connection, settings: new Dictionary<string, string?> { ["Portal:Jobs:Store"] = "Memory" });
        var settings = new Dictionary<string, string>
        {
            ["Portal:Jobs:FirstRunDelay"] = "00:00:01",
            // Sweeps back to back (each takes longer than the period once the 3,000 reports are routed), routing every second.
            ["Portal:Jobs:DeadlineSweepInterval"] = "00:00:01",
            ["Portal:Jobs:RoutingInterval"] = "00:00:01",
            ["Portal:Jobs:MailInterval"] = "01:00:00",
            ["Portal:Jobs:CreditPushInterval"] = "01:00:00",
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
            var token = await seed.TokenAsync(seed.AdminUserName, seed.AdminPassword, seed.AdminAuthenticatorKey);
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

            // The operator's view: Hangfire's dashboard on either node lists both servers.
            var servers = await http.GetStringAsync(addresses["node-a"] + "/backoffice/hangfire/servers");
            Assert.Contains("node-a:", servers);
            Assert.Contains("node-b:", servers);

            // Administrators press "run now" on each node alone, then on both at once, while the schedule keeps firing:
            // whichever node's worker takes a run, no two sweeps overlap.
            var ranOn = new List<string>();
            foreach (var address in addresses.Values)
            {
                ranOn.Add(await RunSweepAsync(http, address));
            }
            for (var round = 0; round < 5 || (ranOn.Distinct().Count() < 2 && round < 40); round++)
            {
                ranOn.AddRange(await Task.WhenAll(addresses.Values.Select(a => RunSweepAsync(http, a))));
            }
            Assert.Equal(["node-a", "node-b"], ranOn.Distinct().Order());

            await RoutingCrashTests.AddWaitingReportsAsync(seed);
            var (killed, killedJob) = await KillTheNodeRoutingAsync(connection, nodes);
            var routedAtKill = await RoutingCrashTests.CountRoutedAsync(seed);
            var killedAt = DateTime.UtcNow;
            Assert.True(routedAtKill < RoutingCrashTests.Waiting, $"the kill did not land during routing: {routedAtKill} already routed");
            var survivor = nodes.Keys.Single(n => n != killed);

            // The survivor's schedule goes on routing; and once the killed node's job has been silent for the invisibility
            // timeout, the survivor runs that very job again.
            var clock = Stopwatch.StartNew();
            List<Execution> history = [];
            TimeSpan? allRoutedAfter = null;
            // The invisibility timeout (a minute) plus the queue's poll comes to 75–110 s here; on two busy CI cores it
            // once took longer than 120 s, so wait up to four minutes (the loop ends as soon as all of it has happened).
            while (clock.Elapsed < TimeSpan.FromSeconds(240))
            {
                history = await HistoryAsync(connection);
                var allRouted = await RoutingCrashTests.CountRoutedAsync(seed) == RoutingCrashTests.Waiting;
                allRoutedAfter ??= allRouted ? clock.Elapsed : null;
                if (allRouted
                    && history.Any(e => e.HangfireJobId == killedJob && e.Node == survivor)
                    && history.Count(e => e.Job == "deadline-sweep" && e.Node == survivor && e.StartedAt > killedAt && e.Result == "succeeded") >= 5)
                {
                    break;
                }
                await Task.Delay(500);
            }
            var allDoneAfter = clock.Elapsed;

            Assert.Equal(RoutingCrashTests.Waiting, await RoutingCrashTests.CountRoutedAsync(seed));
            // The survivor's own schedule routes what the killed node left; only the re-run of its very job waits out the timeout.
            Assert.True(allRoutedAfter <= TimeSpan.FromMinutes(2), $"every report routed {allRoutedAfter?.TotalSeconds:0} s after the kill");
            Assert.Contains(history, e => e.HangfireJobId == killedJob && e.Node == survivor && e.Result == "succeeded");
            await AssertEachReportRoutedOnceAsync(seed);

            var sweeps = history.Where(e => e.Job == "deadline-sweep" && e.Result == "succeeded").OrderBy(e => e.StartedAt).ToList();
            var takenUp = history.Where(e => e.HangfireJobId == killedJob).Min(e => e.StartedAt);
            output.WriteLine($"killed {killed} with {routedAtKill} of {RoutingCrashTests.Waiting} routed; {survivor} ran the killed node's job {killedJob} again {(takenUp - killedAt).TotalSeconds:0.0} s later; every report routed within {allRoutedAfter?.TotalSeconds:0} s, all of it done within {allDoneAfter.TotalSeconds:0} s");
            output.WriteLine($"run-now answered by: {string.Join(" ", ranOn)}");
            output.WriteLine($"sweeps: {string.Join(", ", sweeps.GroupBy(e => e.Node).Select(g => $"{g.Key} {g.Count()} (longest {g.Max(e => e.DurationMs)} ms)"))}; " +
                $"left to the running one: {history.Count(e => e.Job == "deadline-sweep" && e.Result == "skipped")}");
            Assert.True(sweeps.Count(e => e.StartedAt > killedAt && e.Node == survivor) >= 5, $"{sweeps.Count(e => e.StartedAt > killedAt)} sweeps after the kill");
            Assert.Equal(["node-a", "node-b"], sweeps.Where(e => e.StartedAt < killedAt).Select(e => e.Node).Distinct().Order());
            for (var i = 1; i < sweeps.Count; i++)
            {
                var before = sweeps[i - 1];
                Assert.True(sweeps[i].StartedAt >= before.StartedAt.AddMilliseconds(before.DurationMs),
                    $"{sweeps[i].Node} started a sweep at {sweeps[i].StartedAt:HH:mm:ss.fff} while {before.Node}'s of {before.StartedAt:HH:mm:ss.fff} ran for {before.DurationMs} ms");
            }
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

    /// <summary>Waits until a node is processing a routing job (as Hangfire's job and state tables say) and SIGKILLs it.</summary>
    private static async Task<(string Node, string JobId)> KillTheNodeRoutingAsync(string connection, IReadOnlyDictionary<string, Process> nodes)
    {
        await using var data = new NpgsqlConnection(connection);
        await data.OpenAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await using var command = new NpgsqlCommand(
                """
                select j.id, (s.data::jsonb)->>'ServerId' from hangfire.job j join hangfire.state s on s.id = j.stateid
                where j.statename = 'Processing' and j.arguments::text like '%report-routing%'
                """, data);
            await using (var reader = await command.ExecuteReaderAsync())
            {
                if (await reader.ReadAsync())
                {
                    var jobId = reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var node = reader.GetString(1).Split(':')[0];
                    await reader.CloseAsync();
                    await PortalProcess.KillAsync(nodes[node]);
                    return (node, jobId);
                }
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("neither node started routing within 90 s");
    }

    private static async Task<List<Execution>> HistoryAsync(string connection)
    {
        await using var data = new NpgsqlConnection(connection);
        await data.OpenAsync();
        await using var command = new NpgsqlCommand("""select "Node", "Name", "Trigger", "HangfireJobId", "StartedAt", "DurationMs", "Result" from "JobRuns" """, data);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Execution>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Execution(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetDateTime(4).ToUniversalTime(), reader.GetInt64(5), reader.GetString(6)));
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
