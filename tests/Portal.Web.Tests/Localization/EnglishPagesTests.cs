using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;

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

    /// <summary>
    /// The pages that read in English so far. The search page, the report pages and the site map are next (issue 20);
    /// they are added here as their data is marked.
    /// </summary>
    [Fact]
    public async Task The_home_page_every_list_an_announcement_and_an_enterprise_read_in_english_with_nothing_chinese_but_the_data_which_is_marked_as_chinese()
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

        var found = new List<string>();
        string[] paths =
        [
            "/", "/lists/rectification", "/lists/forced-exit", "/lists/violation", "/lists/elimination", "/lists/compliant",
            announcement, enterprise,
        ];
        foreach (var path in paths)
        {
            var page = await ReadAsync(await client.GetAsync(path), path);
            found.AddRange(ChineseOutsideData(page).Select(f => $"{path}: {f}"));
        }
        Assert.NotNull(list.QuerySelector("#list-table [lang='zh-CN']"));

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
