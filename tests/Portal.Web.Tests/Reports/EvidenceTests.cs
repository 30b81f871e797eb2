using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

[Collection(PortalCollection.Name)]
public class EvidenceTests(Portals portals)
{
    private static async Task<List<ReportAttachment>> AttachmentsAsync(PortalFactory portal, string trackingCode)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ReportAttachments().AsNoTracking().Where(a => a.Report!.TrackingCode == trackingCode).OrderBy(a => a.Id).ToListAsync();
    }

    [Theory, BothDatabases]
    public async Task A_photo_with_gps_exif_is_stored_without_any_exif_and_still_shows(string db)
    {
        var portal = portals[db];
        var original = Photos.WithGpsExif(await Photos.JpegAsync());
        Assert.Contains((byte)0xE1, Photos.Markers(original));
        using var citizen = portal.CreateClient();

        var (code, _) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen)),
            ("IMG_20261120_2314.jpg", original, "image/jpeg")));

        var attachment = Assert.Single(await AttachmentsAsync(portal, code));
        var stored = await File.ReadAllBytesAsync(Path.Combine(portal.DataDirectory, "uploads", "reports", attachment.StoredName));
        var markers = Photos.Markers(stored);
        Assert.DoesNotContain((byte)0xE1, markers);
        Assert.Equal(0xDA, markers[^1]);
        Assert.True(stored.AsSpan().IndexOf("Exif"u8) < 0, "the stored photo still carries an Exif block");
        Assert.True(stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Photos.CameraMark)) < 0, "the camera's name survived");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored)), attachment.Sha256);
        Assert.Equal(EvidenceKind.Jpeg, attachment.Kind);
        Assert.DoesNotContain("IMG_20261120", attachment.StoredName);

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
            await page.SetContentAsync($"<img id=p src='data:image/jpeg;base64,{Convert.ToBase64String(stored)}'>");
            Assert.Equal(64, await page.EvaluateAsync<int>("() => new Promise(r => { const i = document.getElementById('p'); i.decode().then(() => r(i.naturalWidth), () => r(0)); })"));
        }
    }

    [Theory, BothDatabases]
    public async Task A_file_over_the_limit_is_refused_by_name_and_nothing_is_stored(string db)
    {
        await using var node = PortalFactory.SecondNodeOf(portals[db], new Dictionary<string, string?> { ["Portal:Reports:MaxFileBytes"] = "65536" });
        using var citizen = node.CreateClient();
        var big = Photos.WithGpsExif(await Photos.JpegAsync()).Concat(new byte[70_000]).ToArray();
        var fields = Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen));
        fields["description"] = "超限文件测试：" + Guid.NewGuid().ToString("N");

        var problem = await (await citizen.PostAsync("/api/v1/reports", Reporting.Form(fields, ("现场视频截图.jpg", big, "image/jpeg")))).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("现场视频截图.jpg", problem.FieldErrors("files")[0]);
        Assert.Contains("64 KB", problem.FieldErrors("files")[0]);
        await using var scope = node.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Reports().AnyAsync(r => r.Description == fields["description"]));
        var uploads = Path.Combine(node.DataDirectory, "uploads", "reports");
        Assert.False(Directory.Exists(uploads) && Directory.EnumerateFiles(uploads).Any());
    }

    [Theory, BothDatabases]
    public async Task The_reporter_adds_a_pdf_later_with_the_receipt_and_a_wrong_key_adds_nothing(string db)
    {
        var portal = portals[db];
        using var citizen = portal.CreateClient();
        var (code, key) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen))));
        var pdf = CraftedEvidence.Pdf();

        var wrong = Reporting.Form(new Dictionary<string, string?> { ["trackingCode"] = code, ["accessKey"] = "AAAAA-AAAAA-AAAAA-AAAAA" }, ("监测报告.pdf", pdf, "application/pdf"));
        await (await citizen.PostAsync("/api/v1/reports/evidence", wrong)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await AttachmentsAsync(portal, code));

        var right = Reporting.Form(new Dictionary<string, string?> { ["trackingCode"] = code, ["accessKey"] = key }, ("监测报告.pdf", pdf, "application/pdf"));
        var added = await (await citizen.PostAsync("/api/v1/reports/evidence", right)).JsonAsync();
        Assert.Equal(1, added.GetProperty("added").GetInt32());
        Assert.Equal(EvidenceKind.Pdf, Assert.Single(await AttachmentsAsync(portal, code)).Kind);
        var status = await (await Reporting.StatusAsync(citizen, code, key)).JsonAsync();
        Assert.Contains("补充了 1 份证据材料", status.GetProperty("timeline").GetRawText());
    }
}
