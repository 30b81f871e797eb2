using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Reports;

namespace Portal.Web.Tests.Localization;

/// <summary>
/// A reader whose browser asks for English, or who chose it in the header, reads the public site in English: every
/// word the portal itself writes, while data (names, titles, what editors wrote) stays as entered and is marked
/// <c>lang="zh-CN"</c> so that a screen reader reads it in Chinese.
/// </summary>
[Collection(PortalCollection.Name)]
public partial class EnglishPagesTests(Portals portals)
{
    // Han characters, CJK punctuation and full-width forms: what an English page should not show outside its data.
    [GeneratedRegex(@"[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]")]
    private static partial Regex Chinese();

    private static readonly HtmlParser Parser = new();

    private static HttpClient English(PortalFactory portal)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        return client;
    }

    /// <summary>Every piece of text a reader sees or hears on the page that is not inside data marked as Chinese.</summary>
    private static IEnumerable<string> ChineseOutsideData(IHtmlDocument page)
    {
        foreach (var data in page.QuerySelectorAll("[lang^='zh'], script, style").ToList())
        {
            data.Remove();
        }
        var body = page.Body!;
        foreach (var node in body.Descendants<IText>())
        {
            if (Chinese().IsMatch(node.Data))
            {
                yield return $"«{node.Data.Trim()}» in <{node.ParentElement?.LocalName}>";
            }
        }
        foreach (var element in body.Descendants<IElement>())
        {
            foreach (var name in new[] { "title", "aria-label", "placeholder", "alt" })
            {
                if (element.GetAttribute(name) is { } value && Chinese().IsMatch(value))
                {
                    yield return $"{name}=«{value}» on <{element.LocalName}>";
                }
            }
            if (element is IHtmlButtonElement or IHtmlInputElement { Type: "submit" or "button" } && element.GetAttribute("value") is { } v && Chinese().IsMatch(v))
            {
                yield return $"value=«{v}» on <{element.LocalName}>";
            }
        }
    }

    private static async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response, string path)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        return page;
    }

    [Fact]
    public async Task Every_public_page_and_a_reports_status_read_in_english_with_nothing_chinese_but_the_data_which_is_marked_as_chinese()
    {
        var portal = portals["Sqlite"];
        // Read in Chinese first: a text captured once, the first time it is needed, would then stay Chinese.
        using (var chinese = portal.CreateClient())
        {
            Assert.Contains("lang=\"zh-CN\"", await chinese.GetStringAsync("/lists/rectification"));
        }
        using var client = English(portal);
        var list = await ReadAsync(await client.GetAsync("/lists/rectification"), "/lists/rectification");
        var announcement = list.QuerySelector("#list-table tbody tr a[href^='/announcements/']")!.GetAttribute("href")!;
        var enterprise = list.QuerySelector("#list-table tbody tr a[href^='/enterprises/']")!.GetAttribute("href")!;
        var (code, key) = await Reporting.FileAsync(client, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(client))));
        await Reporting.RouteAsync(portal);

        var found = new List<string>();
        string[] paths =
        [
            "/", "/lists/rectification", "/lists/forced-exit", "/lists/violation", "/lists/elimination", "/lists/compliant",
            announcement, enterprise, "/search?q=%E6%B0%B4%E6%B3%A5", "/report", "/report/status", "/report/outcomes", "/report/channels", "/site-map", "/subscriptions/new?list=rectification",
        ];
        foreach (var path in paths)
        {
            var page = await ReadAsync(await client.GetAsync(path), path);
            found.AddRange(ChineseOutsideData(page).Select(f => $"{path}: {f}"));
        }
        Assert.NotNull(list.QuerySelector("#list-table [lang='zh-CN']"));
        var status = await ReadAsync(await client.PostAsync("/report/status", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["trackingCode"] = code, ["accessKey"] = key })), "/report/status (a report)");
        // The progress notes were written down in Chinese; each step is named in English before its note.
        Assert.Equal("Passed to the handling department", status.QuerySelectorAll("#timeline li strong").Last().TextContent);
        Assert.NotNull(status.QuerySelector("#timeline li span[lang='zh-CN']"));
        found.AddRange(ChineseOutsideData(status).Select(f => $"status of a report: {f}"));

        Assert.True(found.Count == 0, string.Join("\n", found.Distinct()));
    }

    [Fact]
    public async Task The_header_link_switches_the_language_remembers_it_over_the_browsers_and_returns_only_to_a_local_page()
    {
        var portal = portals["Sqlite"];
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var chinese = Parser.ParseDocument(await client.GetStringAsync("/lists/rectification"));
        Assert.Equal("zh-CN", chinese.DocumentElement.GetAttribute("lang"));
        var link = chinese.QuerySelector("#language-switch")!;
        Assert.Equal("English", link.TextContent.Trim());

        var chosen = await client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/lists/rectification", chosen.Headers.Location!.OriginalString);
        var cookie = chosen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal-lang=", StringComparison.Ordinal)).Split(';')[0];

        var request = new HttpRequestMessage(HttpMethod.Get, "/lists/rectification");
        request.Headers.Add("Cookie", cookie);
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var english = Parser.ParseDocument(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("中文", english.QuerySelector("#language-switch")!.TextContent.Trim());
        Assert.Equal("zh-CN", english.QuerySelector("#language-switch")!.GetAttribute("lang"));

        // The same cached page, asked for again in Chinese, is not served in the language it was last drawn in.
        Assert.Equal("zh-CN", Parser.ParseDocument(await client.GetStringAsync("/lists/rectification")).DocumentElement.GetAttribute("lang"));

        Assert.Equal("/", (await client.GetAsync("/language/en?return=//evil.example/")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/language/fr?return=/")).StatusCode);
    }

    [Fact]
    public async Task What_an_english_request_causes_is_written_down_in_chinese_so_it_reads_the_same_to_everyone()
    {
        var portal = portals["Sqlite"];
        using var english = English(portal);
        var (code, key) = await Reporting.FileAsync(english, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(english))));
        await Reporting.RouteAsync(portal);
        var status = await (await Reporting.StatusAsync(portal.CreateClient(), code, key)).JsonAsync();
        var notes = status.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("note").GetString()!).ToList();
        Assert.Equal("举报已提交，等待转交承办部门。", notes[0]);
        Assert.StartsWith("已转交", notes[^1]);

        var editor = await portal.CreateStaffAsync("editor", "220000", "market");
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var created = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements", new Dictionary<string, object?>
        {
            ["list"] = "violation", ["stage"] = "notice", ["dimension"] = "quality",
            ["enterpriseCreditCode"] = await portal.RegisterAsync("220303"),
            ["inspectionCompletedOn"] = Enterprises.ChinaToday.AddDays(-3).ToString("yyyy-MM-dd"),
            ["deadline"] = Enterprises.ChinaToday.AddDays(60).ToString("yyyy-MM-dd"),
            ["violations"] = "无证生产。", ["basis"] = "《中华人民共和国产品质量法》第十三条。", ["requirements"] = "立即停止生产。",
        })).JsonAsync(HttpStatusCode.Created);
        var draft = await (await editor.Client.GetAsync($"/api/v1/desk/announcements/{created.GetProperty("id").GetInt32()}")).JsonAsync();
        Assert.Matches("^关于.+违法违规建设生产责令关停退出的公示$", draft.GetProperty("announcement").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_atom_feed_is_in_the_readers_language_and_marks_each_entry_as_chinese()
    {
        var portal = portals["Sqlite"];
        using var english = English(portal);
        var feed = System.Xml.Linq.XDocument.Parse(await english.GetStringAsync("/feeds/announcements.atom?list=rectification"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var lang = System.Xml.Linq.XNamespace.Xml + "lang";
        Assert.Equal("en", feed.Root!.Attribute(lang)!.Value);
        Assert.DoesNotMatch(Chinese(), feed.Root.Element(atom + "title")!.Value);
        var entry = feed.Root.Elements(atom + "entry").First();
        Assert.Equal("zh-CN", entry.Element(atom + "title")!.Attribute(lang)!.Value);
        Assert.Equal("Rectification (yellow card)", entry.Element(atom + "category")!.Attribute("label")!.Value);

        using var chinese = portal.CreateClient();
        Assert.Equal("zh-CN", System.Xml.Linq.XDocument.Parse(await chinese.GetStringAsync("/feeds/announcements.atom?list=rectification")).Root!.Attribute(lang)!.Value);
    }

    [Fact]
    public async Task The_apis_problems_read_in_english_when_asked_and_in_chinese_otherwise()
    {
        var portal = portals["Sqlite"];
        using var english = English(portal);
        using var chinese = portal.CreateClient();

        var missing = await (await english.GetAsync("/api/v1/announcements/99999999")).AssertEnglishProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Not found", missing.GetProperty("title").GetString());
        Assert.Equal("There is no announcement number 99999999.", missing.GetProperty("detail").GetString());

        var badPage = await (await english.GetAsync("/api/v1/announcements?pageSize=0")).AssertEnglishProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The request has errors", badPage.GetProperty("title").GetString());
        Assert.Contains("The page size must be between 1 and 100.", badPage.GetProperty("detail").GetString());

        await (await english.PostAsync("/api/v1/auth/token", JsonContent.Create(new { userName = 5 }))).AssertEnglishProblemAsync(HttpStatusCode.BadRequest);

        var nowhere = await (await english.GetAsync("/api/v1/no-such-thing")).AssertEnglishProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("No such operation or resource.", nowhere.GetProperty("detail").GetString());

        var inChinese = await (await chinese.GetAsync("/api/v1/announcements/99999999")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("未找到", inChinese.GetProperty("title").GetString());
    }
}
