using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Reports;

namespace Portal.Web.Tests.Disclosure;

/// <summary>The original notice (a PDF) goes with its announcement: cleaned of its properties, listed with its size, public once published.</summary>
[Collection(PortalCollection.Name)]
public class AnnouncementAttachmentTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    private static MultipartFormDataContent Upload(byte[] file, string fileName, string? title = null) =>
        title is null ? Infrastructure.Pages.FileForm(file, fileName, "application/pdf") : Infrastructure.Pages.FileForm(file, fileName, "application/pdf", ("title", title));

    [Theory, BothDatabases]
    public async Task A_notice_pdf_is_kept_without_its_author_listed_on_the_public_page_with_its_size_and_served_only_once_published(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        var creditCode = await portal.RegisterAsync("220322");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var draft = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements",
            Announcements.EnergyRectification(creditCode, today.AddDays(-2).ToString("yyyy-MM-dd"), today.AddMonths(4).ToString("yyyy-MM-dd")))).JsonAsync(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetInt32();
        var crafted = CraftedEvidence.Pdf();

        var notPdf = await (await editor.Client.PostAsync($"/api/v1/announcements/{id}/attachments", Upload("<html>not a pdf</html>"u8.ToArray(), "通知书.pdf"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("只能上传 PDF 文件，“通知书.pdf”不是 PDF。", notPdf.GetProperty("errors").GetProperty("file")[0].GetString());
        var broken = await (await editor.Client.PostAsync($"/api/v1/announcements/{id}/attachments", Upload("%PDF-1.7 this is not a document"u8.ToArray(), "坏.pdf"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("无法读取该 PDF", broken.GetProperty("errors").GetProperty("file")[0].GetString());
        var other = await portal.CreateStaffAsync("editor", "220102", "industry");
        await (await other.Client.PostAsync($"/api/v1/announcements/{id}/attachments", Upload(crafted, "通知书.pdf"))).AssertProblemAsync(HttpStatusCode.Forbidden);

        var created = await (await editor.Client.PostAsync($"/api/v1/announcements/{id}/attachments", Upload(crafted, "C:\\Users\\zhang\\整改通知书.pdf", "整改通知书"))).JsonAsync(HttpStatusCode.Created);
        var attachmentId = created.GetProperty("id").GetInt32();
        var href = $"/announcements/{id}/attachments/{attachmentId}";
        using var anonymous = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(href)).StatusCode);
        var desk = Parser.ParseDocument(await editor.Client.GetStringAsync($"/backoffice/announcements/{id}"));
        Assert.Contains("整改通知书", desk.QuerySelector("#desk-attachments")!.TextContent);

        var published = await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var page = Parser.ParseDocument(await anonymous.GetStringAsync($"/announcements/{id}"));
        var link = page.QuerySelector("#attachments a")!;
        Assert.Equal(href, link.GetAttribute("href"));
        var size = created.GetProperty("size").GetInt64();
        Assert.Matches(@"^整改通知书（PDF，[0-9.]+ (KB|B)）$", link.TextContent);
        var api = await (await anonymous.GetAsync($"/api/v1/announcements/{id}")).JsonAsync();
        Assert.Equal(size, api.GetProperty("attachments")[0].GetProperty("size").GetInt64());

        var served = await anonymous.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", served.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(size, bytes.Length);
        Assert.DoesNotContain(CraftedEvidence.Reporter, System.Text.Encoding.Latin1.GetString(bytes));

        // Read by independent tools: exiftool finds no author, creator, producer or title; the page's text is still text.
        using var folder = ExternalTool.Folder();
        var path = folder.File("served.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        var tags = JsonDocument.Parse((await ExternalTool.RequireAsync("exiftool", "-j", "-a", "-G1", "-s", path)).Text).RootElement[0];
        foreach (var tag in tags.EnumerateObject().Where(t => !t.Name.StartsWith("System:") && !t.Name.StartsWith("ExifTool:") && !t.Name.StartsWith("File:")))
        {
            Assert.DoesNotMatch("(?i)(Author|Creator|Producer|Title)$", tag.Name);
        }
        Assert.Contains("vidence page one", (await ExternalTool.RequireAsync("pdftotext", path, "-")).Text);

        // Once published the documents are fixed: a new one is refused, and the old one stays.
        var late = await (await editor.Client.PostAsync($"/api/v1/announcements/{id}/attachments", Upload(crafted, "补充.pdf"))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("发布前", late.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await editor.Client.DeleteAsync($"/api/v1/announcements/{id}/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(href)).StatusCode);
    }
}
