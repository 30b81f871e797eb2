using System.Net;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Search;

[Collection(PortalCollection.Name)]
public class SearchPageTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task The_results_page_marks_the_term_offers_facets_as_links_and_pages_with_the_filters_kept(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var term = Publishing.RareHan(2);
        foreach (var county in new[] { "220302", "220303", "220322" })
        {
            await publishing.PublishAsync(await portal.RegisterAsync(county), $"发现{term}设备违规生产。");
        }
        await publishing.PublishAsync(await portal.RegisterAsync("220102"), $"发现{term}设备违规生产。");
        using var anonymous = portal.CreateClient();
        var parser = new HtmlParser();

        var page = parser.ParseDocument(await anonymous.GetStringAsync($"/search?q={Uri.EscapeDataString(term)}"));
        Assert.Equal(4, page.QuerySelectorAll("#search-results > li").Length);
        Assert.All(page.QuerySelectorAll("#search-results .snippet"), s => Assert.Equal(term, s.QuerySelector("mark")!.TextContent));
        Assert.Equal(term, page.QuerySelector("#site-search-q")!.GetAttribute("value"));

        var jilin = page.QuerySelectorAll("#facet-region a").Single(a => a.TextContent == "吉林省").GetAttribute("href")!;
        var byProvince = parser.ParseDocument(await anonymous.GetStringAsync(jilin));
        var siping = byProvince.QuerySelectorAll("#facet-region a").Single(a => a.TextContent == "四平市");
        Assert.Equal("(3)", siping.NextElementSibling!.TextContent);

        var firstPage = parser.ParseDocument(await anonymous.GetStringAsync(siping.GetAttribute("href") + "&pageSize=2"));
        var shown = firstPage.QuerySelectorAll("#search-results > li").Select(li => li.GetAttribute("data-id")).ToList();
        Assert.Equal(2, shown.Count);
        var next = firstPage.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("region=220300", next);
        Assert.Contains(Uri.EscapeDataString(term), next);
        var secondPage = parser.ParseDocument(await anonymous.GetStringAsync(next + "&pageSize=2"));
        var rest = secondPage.QuerySelectorAll("#search-results > li").Select(li => li.GetAttribute("data-id")).ToList();
        Assert.Single(rest);
        Assert.Empty(shown.Intersect(rest));
    }

    [Theory, BothDatabases]
    public async Task A_registered_credit_code_goes_straight_to_the_enterprise(string db)
    {
        var portal = portals[db];
        var code = await portal.RegisterAsync("220303");
        using var anonymous = portal.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync($"/search?q={code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/enterprises/{code}", response.Headers.Location!.OriginalString);
    }
}
