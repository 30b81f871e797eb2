using Microsoft.Extensions.Options;
using Portal.Modules.Core.Files;

namespace Portal.Modules.Reports.Evidence;

/// <summary>
/// MP4 and QuickTime videos are remuxed by ffmpeg without re-encoding: only the video and audio streams are copied,
/// so a phone's timed-metadata track (where iPhones keep their position) is left behind, and with it the container's
/// metadata (udta, meta, ©xyz location atoms, make and model, creation times, which bit-exact output writes as zero).
/// The display rotation in the track header stays, so the video still plays upright.
/// </summary>
public sealed class VideoCleaner(CleaningTool tool, IOptions<ReportsOptions> options)
{
    public Task<byte[]?> CleanAsync(byte[] file, CancellationToken cancellationToken) =>
        tool.RunAsync(options.Value.FfmpegPath, options.Value.CleaningTimeout, ".mov", file, (input, output) =>
        [
            "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
            "-i", input,
            "-map", "0:v", "-map", "0:a?",
            "-map_metadata", "-1", "-map_metadata:s", "-1", "-map_chapters", "-1",
            "-c", "copy",
            "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
            "-movflags", "+faststart",
            "-f", "mp4", output,
        ], "clean.mp4", cancellationToken);
}
