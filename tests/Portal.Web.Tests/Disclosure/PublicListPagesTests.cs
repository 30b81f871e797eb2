using System.Net;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Disclosure;

[Collection(PortalCollection.Name)]
public class PublicListPagesTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task The_home_page_counts_each_list_as_the_api_does(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var home = new HtmlParser().ParseDocument(await anonymous.GetStringAsync("/"));
        foreach (var list in new[] { "rectification", "forced-exit", "violation", "elimination", "compliant" })
        {
            var api = await (await anonymous.GetAsync($"/api/v1/announcements?list={list}&pageSize=1")).JsonAsync();
            Assert.Equal(api.GetProperty("total").GetInt32().ToString(), home.QuerySelector($".count[data-list={list}]")!.TextContent);
        }
        Assert.NotEmpty(home.QuerySelectorAll("#newest li"));
    }

    [Theory, BothDatabases]
    public async Task A_filter_value_that_is_not_a_year_is_named_on_the_page(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var response = await anonymous.GetAsync("/lists/violation?year=去年");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("去年", page.QuerySelector(".form-errors")!.TextContent);
    }

    [Theory, BothDatabases]
    public async Task Drafts_and_unknown_announcements_have_no_public_page(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var page = await anonymous.GetAsync("/announcements/999999");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("页面不存在", await page.Content.ReadAsStringAsync());
    }

    [Theory, BothDatabases]
    public async Task Each_announcement_is_filed_under_the_subject_of_what_was_found_wrong(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var expected = new Dictionary<string, string>
        {
            ["energy"] = "国土资源、能源\\节能", ["environment"] = "城乡建设、环境保护\\环境监测、保护与治理",
            ["quality"] = "市场监管、安全生产监管\\质量监督", ["safety"] = "市场监管、安全生产监管\\安全生产监管",
        };
        var seen = 0;
        foreach (var item in (await (await anonymous.GetAsync("/api/v1/announcements?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray())
        {
            var page = new HtmlParser().ParseDocument(await anonymous.GetStringAsync($"/announcements/{item.GetProperty("id").GetInt32()}"));
            var terms = page.QuerySelectorAll("#announcement-meta dt").Select(t => t.TextContent).ToList();
            var topic = page.QuerySelectorAll("#announcement-meta dd")[terms.IndexOf("主题分类")].TextContent;
            var dimension = item.TryGetProperty("dimension", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.String ? d.GetString()! : null;
            Assert.Equal(dimension is not null && expected.TryGetValue(dimension, out var subject) ? subject : "工业、交通\\工业", topic);
            seen++;
        }
        Assert.True(seen >= 5);
    }
}
