using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Files;

/// <summary>
/// Runs one of Debian's cleaning programs (ffmpeg for video, mat2 for PDF) on a copy of an upload, in a folder of its
/// own under the data directory (never the shared temp folder), and gives back what it wrote. The program gets the
/// caller's time limit; when it fails, times out or is missing, the answer is null and the caller refuses the file: a
/// file that could not be cleaned is never stored as sent (a reporter's evidence, an announcement's document).
/// </summary>
public sealed class CleaningTool(PortalPaths paths, ILogger<CleaningTool> logger)
{
    /// <param name="arguments">Given the input's and the output's paths.</param>
    public async Task<byte[]?> RunAsync(string program, TimeSpan timeout, string extension, byte[] input, Func<string, string, IEnumerable<string>> arguments,
        string? outputName, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.DataDirectory, "uploads", "cleaning", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        Directory.CreateDirectory(folder);
        try
        {
            var inputPath = Path.Combine(folder, "upload" + extension);
            var outputPath = Path.Combine(folder, outputName ?? "clean" + extension);
            await File.WriteAllBytesAsync(inputPath, input, cancellationToken);
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            foreach (var argument in arguments(inputPath, outputPath))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = StartOrNull(start);
            if (process is null)
            {
                logger.LogWarning("Cleaning program {Program} could not be started; is it installed?", program);
                return null;
            }
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                logger.LogWarning("Cleaning program {Program} did not finish within {Timeout}", program, timeout);
                return null;
            }
            await Task.WhenAll(stdout, stderr);
            if (process.ExitCode != 0 || !File.Exists(outputPath))
            {
                // The program's own message names only its temporary files; it says why a file was refused.
                logger.LogInformation("Cleaning program {Program} refused a file (exit {ExitCode}): {Message}", program, process.ExitCode,
                    stderr.Result.Length > 500 ? stderr.Result[..500] : stderr.Result);
                return null;
            }
            return await File.ReadAllBytesAsync(outputPath, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process? StartOrNull(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
