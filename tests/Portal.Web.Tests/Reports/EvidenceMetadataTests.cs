using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>
/// Every stored evidence file is read by exiftool, an independent reader, and must show no position, device, author,
/// software or time; it must still open in ffmpeg (pictures, video) or poppler (PDF).
/// </summary>
[Collection(PortalCollection.Name)]
public partial class EvidenceMetadataTests(Portals portals)
{
    [Fact]
    public async Task Every_crafted_file_is_stored_without_position_device_author_software_or_time_and_still_opens()
    {
        var portal = portals["Sqlite"];
        var crafted = await CraftedEvidence.AllAsync();
        foreach (var file in crafted)
        {
            Assert.True(Encoding.ASCII.GetString(file.Bytes).Contains(CraftedEvidence.Reporter, StringComparison.Ordinal), $"the crafted file ({file.Layout}) does not carry the reporter's mark");
            Assert.True(file.HiddenFromExifTool || Leaks(await ExifToolAsync(file.Bytes, file.FileName)).Count > 0, $"exiftool sees nothing revealing in the crafted file ({file.Layout})");
        }
        using var citizen = portal.CreateClient();
        var (code, _) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen)),
            crafted.Select(c => (c.FileName, c.Bytes, c.ContentType)).ToArray()));

        var stored = await StoredAsync(portal, code);
        Assert.Equal(crafted.Count, stored.Count);
        var failures = new List<string>();
        foreach (var (file, (attachment, bytes)) in crafted.Zip(stored))
        {
            Assert.Equal(file.Kind, attachment.Kind);
            if (Encoding.ASCII.GetString(bytes).Contains(CraftedEvidence.Reporter, StringComparison.Ordinal))
            {
                failures.Add($"{file.Layout}: the reporter's mark is still in the bytes");
            }
            var leaks = Leaks(await ExifToolAsync(bytes, "stored" + Path.GetExtension(file.FileName)));
            failures.AddRange(leaks.Select(l => $"{file.Layout}: {l}"));
            await AssertOpensAsync(file, bytes);
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task A_phone_photo_turned_by_EXIF_is_stored_upright_with_red_on_top()
    {
        var portal = portals["Sqlite"];
        var sideways = (await CraftedEvidence.AllAsync()).Single(c => c.Layout.Contains("90°"));
        using var citizen = portal.CreateClient();
        var (code, _) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen)),
            (sideways.FileName, sideways.Bytes, sideways.ContentType)));

        var (_, bytes) = Assert.Single(await StoredAsync(portal, code));
        using var folder = ExternalTool.Folder();
        await File.WriteAllBytesAsync(folder.File("stored.jpg"), bytes);
        var size = (await ExternalTool.RequireAsync("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height", "-of", "csv=p=0", folder.File("stored.jpg"))).Text.Trim();
        Assert.Equal("48,64", size);
        var rgb = (await ExternalTool.RequireAsync("ffmpeg", "-v", "error", "-i", folder.File("stored.jpg"), "-f", "rawvideo", "-pix_fmt", "rgb24", "-")).Output;
        (int R, int G, int B) Pixel(int x, int y) => (rgb[((y * 48) + x) * 3], rgb[(((y * 48) + x) * 3) + 1], rgb[(((y * 48) + x) * 3) + 2]);
        Assert.True(Pixel(24, 8).R > 200 && Pixel(24, 8).B < 60, $"the top is not red: {Pixel(24, 8)}");
        Assert.True(Pixel(24, 56).B > 200 && Pixel(24, 56).R < 60, $"the bottom is not blue: {Pixel(24, 56)}");
    }

    [Theory]
    [InlineData("HEIC photo", "ftypheic")]
    [InlineData("a PDF that is not one", "%PDF-1.7 this is not a document")]
    [InlineData("a video that is not one", "ftypisom and nothing else")]
    public async Task A_file_that_cannot_be_cleaned_is_refused_in_Chinese_and_nothing_is_stored(string what, string head)
    {
        var portal = portals["Sqlite"];
        using var citizen = portal.CreateClient();
        var bytes = head.StartsWith("ftyp", StringComparison.Ordinal) ? [0, 0, 0, 24, .. Encoding.ASCII.GetBytes(head), .. new byte[64]] : Encoding.ASCII.GetBytes(head);
        var fields = Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen));
        fields["description"] = $"无法清除的文件（{what}）：" + Guid.NewGuid().ToString("N");

        var problem = await (await citizen.PostAsync("/api/v1/reports", Reporting.Form(fields, ("证据文件", bytes, "application/octet-stream")))).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("证据文件", problem.FieldErrors("files")[0]);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Reports().AnyAsync(r => r.Description == fields["description"]));
        Assert.False(Directory.Exists(Path.Combine(portal.DataDirectory, "uploads", "cleaning")) && Directory.EnumerateFileSystemEntries(Path.Combine(portal.DataDirectory, "uploads", "cleaning")).Any());
    }

    private static async Task<List<(ReportAttachment Attachment, byte[] Bytes)>> StoredAsync(PortalFactory portal, string trackingCode)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var attachments = await db.ReportAttachments().AsNoTracking().Where(a => a.Report!.TrackingCode == trackingCode).OrderBy(a => a.Id).ToListAsync();
        var stored = new List<(ReportAttachment, byte[])>();
        foreach (var a in attachments)
        {
            stored.Add((a, await File.ReadAllBytesAsync(Path.Combine(portal.DataDirectory, "uploads", "reports", a.StoredName))));
        }
        return stored;
    }

    private static async Task<Dictionary<string, string>> ExifToolAsync(byte[] bytes, string name)
    {
        using var folder = ExternalTool.Folder();
        var path = folder.File(name);
        await File.WriteAllBytesAsync(path, bytes);
        var json = (await ExternalTool.RequireAsync("exiftool", "-j", "-a", "-G1", "-s", "-ee", "-api", "RequestAll=3", path)).Text;
        var tags = new Dictionary<string, string>();
        foreach (var property in JsonDocument.Parse(json).RootElement[0].EnumerateObject())
        {
            tags[property.Name] = property.Value.ToString();
        }
        return tags;
    }

    /// <summary>
    /// Tags that tell where, with what, by whom or when. The file system's own dates and exiftool's reading of the file
    /// are not in the file; bit-exact video writes its times as zero, which says nothing.
    /// </summary>
    private static List<string> Leaks(Dictionary<string, string> tags) => tags
        .Where(t => !t.Key.StartsWith("System:", StringComparison.Ordinal) && !t.Key.StartsWith("ExifTool:", StringComparison.Ordinal) && !t.Key.StartsWith("File:", StringComparison.Ordinal))
        .Where(t => Revealing().IsMatch(t.Key[(t.Key.IndexOf(':') + 1)..]))
        .Where(t => !(Timely().IsMatch(t.Key) && Zero().IsMatch(t.Value)))
        .Select(t => $"{t.Key} = {t.Value}")
        .ToList();

    [GeneratedRegex("^(GPS.*|.*Location.*|.*Position.*|Make|Model|.*Serial.*|Lens.*|Author|Creator|Artist|By-line|Copyright|Software|Producer|CreatorTool|Encoder|Comment|UserComment|ImageDescription|Keywords|Title|Description|City|Orientation|.*Date.*|.*TimeStamp.*|TimeCreated|CreationTime)$", RegexOptions.IgnoreCase)]
    private static partial Regex Revealing();

    [GeneratedRegex("Date|Time", RegexOptions.IgnoreCase)]
    private static partial Regex Timely();

    [GeneratedRegex(@"^0000:00:00 00:00:00$")]
    private static partial Regex Zero();

    private static async Task AssertOpensAsync(CraftedEvidence.Crafted file, byte[] bytes)
    {
        using var folder = ExternalTool.Folder();
        var path = folder.File("stored" + (file.Kind == EvidenceKind.Pdf ? ".pdf" : ".bin"));
        await File.WriteAllBytesAsync(path, bytes);
        if (file.Kind == EvidenceKind.Pdf)
        {
            Assert.Contains("Pages:           1", (await ExternalTool.RequireAsync("pdfinfo", path)).Text);
            await ExternalTool.RequireAsync("pdftoppm", "-r", "20", "-png", path, folder.File("page"));
            return;
        }
        var decoded = await ExternalTool.RunAsync("ffmpeg", "-v", "error", "-i", path, "-f", "null", "-");
        Assert.True(decoded.ExitCode == 0 && decoded.Errors.Length == 0, $"{file.Layout}: ffmpeg cannot decode the stored file: {decoded.Errors}");
    }
}
