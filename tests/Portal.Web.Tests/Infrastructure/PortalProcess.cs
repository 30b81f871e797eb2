using System.Diagnostics;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>The built portal as a process of its own (dotnet Portal.Web.dll), so a test can SIGKILL it like a crashed node.</summary>
public static class PortalProcess
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, System.Collections.Concurrent.ConcurrentQueue<string>> Output = new();

    /// <summary>The last lines the process wrote, to explain a failure.</summary>
    public static string TailOf(Process process) =>
        Output.TryGetValue(process.Id, out var lines) ? string.Join("\n", lines) : "";

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        while (output.Count > 60 && output.TryDequeue(out _))
        {
        }
    }

    /// <param name="settings">Configuration keys (Portal:Jobs:RoutingInterval …), passed as environment variables.</param>
    /// <param name="address">Where it listens; by default a port nobody asks for.</param>
    public static Process Start(string provider, string connectionString, IReadOnlyDictionary<string, string> settings, string address = "http://127.0.0.1:0")
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"), "--urls", address])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Portal__DataDirectory"] = Directory.CreateTempSubdirectory("portal-node-").FullName;
        start.Environment["Portal__DemoData"] = "false";
        start.Environment[KeyCertificate.Setting.Replace(":", "__", StringComparison.Ordinal)] = KeyCertificate.SharedPath;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start)!;
        var output = Output.GetOrAdd(process.Id, _ => new System.Collections.Concurrent.ConcurrentQueue<string>());
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>An address on a loopback port free right now, for a process that must be called on a known address.</summary>
    public static string FreeAddress() => $"http://127.0.0.1:{LoopbackPort.Free()}";

    /// <summary>Waits until the process answers /health, or fails the test after a minute.</summary>
    public static async Task WaitUntilHealthyAsync(string address, Process process)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(process.HasExited, $"the portal at {address} exited: {(process.HasExited ? TailOf(process) : "")}");
            try
            {
                if ((await client.GetAsync(address + "/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{address} was not healthy within 60 s");
    }

    public static async Task KillAsync(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}
