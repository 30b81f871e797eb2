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
}
