using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Pages;

/// <summary>Those who cannot use the form find the telephone, letter and e-mail channels of each level.</summary>
[Collection(PortalCollection.Name)]
public class ReportChannelsPageTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Without_configuration_the_nationwide_12345_hotline_is_listed_and_the_form_points_to_the_page()
    {
        using var visitor = portals["Sqlite"].CreateClient();
        var page = Parser.ParseDocument(await visitor.GetStringAsync("/report/channels"));
        Assert.Equal("tel:12345", page.QuerySelector("#channels a[href^='tel:']")!.GetAttribute("href"));
        var form = await visitor.GetStringAsync("/report");
        Assert.Contains("href=\"/report/channels\"", form);
    }

    [Fact]
    public async Task Each_configured_level_shows_its_hotline_address_and_e_mail()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Reports:Channels:0:Level"] = "省级", ["Portal:Reports:Channels:0:Unit"] = "吉林省淘汰落后产能工作领导小组办公室",
            ["Portal:Reports:Channels:0:Hotline"] = "0431-00000001", ["Portal:Reports:Channels:0:Address"] = "长春市某路 1 号",
            ["Portal:Reports:Channels:0:PostCode"] = "130000", ["Portal:Reports:Channels:0:Email"] = "jubao@example.gov.cn",
            ["Portal:Reports:Channels:1:Level"] = "市级", ["Portal:Reports:Channels:1:Unit"] = "四平市工业和信息化局",
            ["Portal:Reports:Channels:1:Hotline"] = "0434-00000002",
        };
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: settings);
        using var visitor = portal.CreateClient();
        var page = Parser.ParseDocument(await visitor.GetStringAsync("/report/channels"));
        var sections = page.QuerySelectorAll("#channels section.channel");
        Assert.Equal(2, sections.Length);
        Assert.Contains("吉林省淘汰落后产能工作领导小组办公室", sections[0].QuerySelector("h2")!.TextContent);
        Assert.Contains("长春市某路 1 号 130000", sections[0].TextContent);
        Assert.Equal("mailto:jubao@example.gov.cn", sections[0].QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("tel:0434-00000002", sections[1].QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.DoesNotContain("12345", page.QuerySelector("#channels")!.TextContent);
    }
}
