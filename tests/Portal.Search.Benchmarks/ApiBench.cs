using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Search.Benchmarks;

/// <summary>
/// The open-data API under load: the portal on a real Kestrel socket, Debian's wrk with 16 connections on the same
/// two cores, the public rate limit raised out of the way, the API's own answers (no output cache in front of them).
/// <c>dotnet run -c Release -- api</c> measures the demo data; the search benchmark measures its million afterwards,
/// each with the portal in a process of its own, as production runs it.
/// </summary>
internal static partial class ApiBench
{
    public static WebApplicationFactory<Program> Portal(bool demoData, string data)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PORTAL_WEB", Path.Combine(Root(), "src", "Portal.Web"));
        return new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Portal:DataDirectory", data);
            b.UseSetting("Portal:DemoData", demoData ? "true" : "false");
            b.UseSetting("Portal:Search:PollInterval", demoData ? "00:00:02" : "01:00:00");
            // No job runs inside the benchmark: the sweep and the credit feed would share its two cores.
            b.UseSetting("Portal:Jobs:FirstRunDelay", "1.00:00:00");
            b.UseSetting("Portal:RateLimits:PublicReadPerMinute", "100000000");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Logging:LogLevel:Portal.Modules.Search", "Information");
        });
    }

    /// <summary>
    /// The portal as production runs it: its own process (its own server GC), built in Release beside this benchmark,
    /// on <paramref name="data"/>. The caller disposes the returned process.
    /// </summary>
    public static async Task<(Process Process, string Address)> StartProcessAsync(string data, bool demoData)
    {
        var web = Path.Combine(Root(), "src", "Portal.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Portal.Web.dll");
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        var address = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", address]) { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__DataDirectory"] = data;
        start.Environment["Portal__DemoData"] = demoData ? "true" : "false";
        start.Environment["Portal__Jobs__FirstRunDelay"] = "1.00:00:00";
        start.Environment["Portal__RateLimits__PublicReadPerMinute"] = "100000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if ((await client.GetAsync("/api/v1/announcements?q=" + Uri.EscapeDataString("钢铁"))).IsSuccessStatusCode)
                {
                    return (process, address);
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"the portal did not answer on {address}");
    }

    public static async Task<int> RunAsync(string data)
    {
        var (process, address) = await StartProcessAsync(data, demoData: true);
        using (process)
        {
            // The demo index is built at first start; a few seconds more and searches are answered by it.
            await Task.Delay(TimeSpan.FromSeconds(10));
            Console.WriteLine($"# Open-data API benchmark: demo data, {Environment.ProcessorCount} cores");
            await MeasureAsync(address, "demo data", byId: true);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }
        return root!.FullName;
    }

    public static async Task MeasureAsync(string address, string data, bool byId)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            Console.WriteLine("wrk is not installed (Debian package wrk): the API figures are skipped.");
            return;
        }
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/announcements")).RootElement;
        var targets = new List<(string Name, string Path)>
        {
            ("GET /api/v1/announcements", "/api/v1/announcements"),
            ("GET /api/v1/announcements?q=钢铁", "/api/v1/announcements?q=" + Uri.EscapeDataString("钢铁")),
        };
        if (byId && list.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first)
        {
            targets.Add(("GET /api/v1/announcements/{id}", $"/api/v1/announcements/{first.GetProperty("id").GetInt32()}"));
        }
        Console.WriteLine();
        Console.WriteLine($"| API, {data} (wrk, 16 connections, 10 s, after 15 s of warming up) | requests/s | p50 ms | p99 ms | CPU stolen by the host |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, path) in targets)
        {
            // The JIT recompiles hot paths with what it learns in the first seconds under load.
            await WrkAsync(address + path, seconds: 15);
            var before = StolenTime.Sample();
            var (rate, p50, p99) = await WrkAsync(address + path, seconds: 10);
            Console.WriteLine($"| {name} | {rate:N0} | {p50:F1} | {p99:F1} | {StolenTime.Sample().PercentSince(before)} % |");
        }
    }

    private static async Task<(double Rate, double P50, double P99)> WrkAsync(string url, int seconds)
    {
        using var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", "-c16", $"-d{seconds}s", "--latency", url]) { RedirectStandardOutput = true })!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rate = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        return (rate, Latency(output, "50%"), Latency(output, "99%"));
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}
