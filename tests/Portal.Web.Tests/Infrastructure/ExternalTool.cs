using System.Diagnostics;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Debian's independent tools (exiftool, ffmpeg, ffprobe, pdfinfo, jpegtran) run as a person would run them.</summary>
public static class ExternalTool
{
    public sealed record Run(int ExitCode, byte[] Output, string Errors)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Output);
    }

    public static async Task<Run> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        await copy;
        return new Run(process.ExitCode, output.ToArray(), await errors);
    }

    /// <summary>Runs the program and fails the test when it does not exit 0.</summary>
    public static async Task<Run> RequireAsync(string program, params string[] arguments)
    {
        var run = await RunAsync(program, arguments);
        Assert.True(run.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {run.ExitCode}: {run.Errors}");
        return run;
    }

    /// <summary>A scratch folder, removed with the returned handle.</summary>
    public static TempFolder Folder() => new(Directory.CreateTempSubdirectory("portal-tool-").FullName);

    public sealed record TempFolder(string Path) : IDisposable
    {
        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
