using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.Tests.Api;

/// <summary>
/// Every operation of /openapi/v1.json under thousands of malformed requests, as each kind of caller (anonymous and
/// each staff role), on a portal of its own so that what the requests change touches no other test. No answer may be
/// a 5xx; the table of answers is printed.
/// </summary>
[Collection(PortalCollection.Name)]
public class MalformedInputCampaignTests(Portals portals, ITestOutputHelper output)
{
    [Theory, BothDatabases]
    public async Task Thousands_of_malformed_requests_over_every_operation_get_no_5xx(string db)
    {
        // What the server logs as unhandled counts as a failure too, whatever status the client was left with.
        var logs = new LogCapture();
        await using var portal = db == "Sqlite"
            ? new PortalFactory("Sqlite", null, logs: logs)
            : new PortalFactory("Postgres", await portals.Cluster.CreateDatabaseAsync("campaign_" + Guid.NewGuid().ToString("N")[..8]), logs: logs);
        using var anonymous = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var openApi = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var tokens = new List<string?> { null, await portal.TokenAsync(portal.AdminUserName, portal.AdminPassword, portal.AdminAuthenticatorKey) };
        foreach (var (role, region, department) in new[] { ("editor", "220303", "environment"), ("handler", "220303", "environment"), ("supervisor", "220300", "government") })
        {
            var staff = await portal.CreateStaffAsync(role, region, department);
            tokens.Add(staff.Client.DefaultRequestHeaders.Authorization!.Parameter);
        }

        var probes = MalformedRequests.From(openApi);
        Assert.True(probes.Count >= 5000, $"only {probes.Count} requests were generated");
        var operations = probes.Select(p => p.Operation).Distinct().ToList();
        // Who may call each operation at all, so that most probes reach its handler rather than stop at 401/403.
        var callers = new Dictionary<string, List<string?>>();
        foreach (var operation in operations)
        {
            var sample = probes.First(p => p.Operation == operation);
            var permitted = new List<string?>();
            foreach (var token in tokens)
            {
                var status = await SendAsync(anonymous, sample, token);
                if (status is not (401 or 403))
                {
                    permitted.Add(token);
                }
            }
            callers[operation] = permitted.Count > 0 ? permitted : tokens;
        }

        var answers = new Dictionary<(string Family, int Status), int>();
        var failures = new List<string>();
        foreach (var probe in probes)
        {
            var choices = callers[probe.Operation];
            // One probe in ten comes from whoever it rotates to, permitted or not.
            var token = probe.Index % 10 == 0 ? tokens[probe.Index / 10 % tokens.Count] : choices[probe.Index % choices.Count];
            var status = await SendAsync(anonymous, probe, token);
            answers[(probe.Family, status)] = answers.GetValueOrDefault((probe.Family, status)) + 1;
            if (status >= 500)
            {
                failures.Add($"{status} {probe.Method} {(probe.Url.Length > 200 ? probe.Url[..200] + "…" : probe.Url)} ({probe.Family})");
            }
        }

        var table = new System.Text.StringBuilder($"Malformed-input campaign, {db}: {probes.Count} requests over {operations.Count} operations\nfamily        status  count\n");
        foreach (var ((family, status), count) in answers.OrderBy(a => a.Key.Family).ThenBy(a => a.Key.Status))
        {
            table.AppendLine($"{family,-13} {status,6} {count,6}");
        }
        output.WriteLine(table.ToString());
        // Also on the test run's own output, where CI's log keeps it.
        Console.WriteLine(table.ToString());
        Assert.True(failures.Count == 0, $"{failures.Count} answers of 500 or above:\n" + string.Join('\n', failures.Take(60)));
        var unhandled = logs.Entries.Where(e => e.Contains("An unhandled exception has occurred", StringComparison.Ordinal)).ToList();
        Assert.True(unhandled.Count == 0, $"{unhandled.Count} requests threw on the server:\n" + string.Join('\n', unhandled.Take(3)));
    }

    /// <summary>The status of one probe, or 0 when the test server would not carry it (as a real server's framing would not).</summary>
    private static async Task<int> SendAsync(HttpClient client, MalformedRequests.Probe probe, string? token)
    {
        try
        {
            using var request = new HttpRequestMessage(probe.Method, probe.Url) { Content = probe.Content() };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await client.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or UriFormatException)
        {
            return 0;
        }
    }
}
