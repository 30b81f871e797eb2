using System.Net;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Pages;

[Collection(PortalCollection.Name)]
public class ShellPagesTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Theory, BothDatabases]
    public async Task The_home_page_is_Chinese_with_the_lists_the_report_entry_and_demo_enterprises(string db)
    {
        using var client = portals[db].CreateClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("&#x", html);
        var page = Parser.ParseDocument(html);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("落后产能退出信息公开与举报平台", page.QuerySelector(".brand")!.TextContent.Trim());
        var nav = page.QuerySelectorAll(".lists-nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("整改（黄牌）", nav);
        Assert.Contains("强制退出（红牌）", nav);
        Assert.Contains("违法违规", nav);
        Assert.Contains("淘汰", nav);
        Assert.Contains("达标", nav);
        Assert.Contains("我要举报", nav);
        Assert.Contains("吉林省淘汰落后产能工作领导小组办公室", page.QuerySelector(".site-footer")!.TextContent);
        Assert.Matches(@"^\d+ 家$", page.QuerySelector("#enterprise-total")!.TextContent.Trim());
        Assert.True(int.Parse(page.QuerySelector("#enterprise-total")!.TextContent.Trim().Split(' ')[0]) >= 20);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.NotNull(page.QuerySelector("meta[name=viewport]"));
    }

    [Theory]
    [InlineData("Sqlite", "/no-such-page", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("Postgres", "/no-such-page", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("Sqlite", "/lists/no-such-list", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("Sqlite", "/error/500", HttpStatusCode.InternalServerError, "服务器出错")]
    [InlineData("Postgres", "/error/500", HttpStatusCode.InternalServerError, "服务器出错")]
    [InlineData("Sqlite", "/error/0", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("Sqlite", "/error/-1", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("Sqlite", "/error/200", HttpStatusCode.NotFound, "页面不存在")]
    public async Task Error_pages_speak_Chinese(string db, string path, HttpStatusCode status, string heading)
    {
        using var client = portals[db].CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory, BothDatabases]
    public async Task An_API_call_with_the_wrong_media_type_gets_a_Chinese_problem(string db)
    {
        using var client = portals[db].CreateClient();
        using var body = new StringContent("userName=admin", System.Text.Encoding.UTF8, "text/plain");
        await (await client.PostAsync("/api/v1/auth/token", body)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory, BothDatabases]
    public async Task Health_answers_healthy(string db)
    {
        using var client = portals[db].CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Theory, BothDatabases]
    public async Task The_back_office_sends_strangers_to_the_sign_in_page(string db)
    {
        using var client = portals[db].CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/backoffice");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
    }

    [Theory, BothDatabases]
    public async Task The_OpenAPI_document_lists_the_contract(string db)
    {
        using var client = portals[db].CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/regions", paths);
        Assert.Contains("/api/v1/calendar/{year}", paths);
        Assert.Contains("/api/v1/calendar/add-working-days", paths);
        Assert.Contains("/api/v1/auth/token", paths);
        Assert.Contains("/api/v1/staff/users", paths);
        Assert.Contains("/api/v1/enterprises/{creditCode}", paths);
    }
}
