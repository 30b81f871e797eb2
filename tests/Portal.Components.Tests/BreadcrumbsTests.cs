using Portal.Modules.Core.Components;

namespace Portal.Components.Tests;

public class BreadcrumbsTests : BunitContext
{
    [Fact]
    public void The_trail_starts_at_home_links_each_level_and_names_this_page_without_a_link()
    {
        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Items, [("整改（黄牌）", "/lists/rectification"), ("关于某公司限期整改的公示", null)]));
        var items = cut.FindAll("#crumbs li");
        Assert.Equal(["首页", "整改（黄牌）", "关于某公司限期整改的公示"], items.Select(i => i.TextContent.Trim()));
        Assert.Equal("/", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/lists/rectification", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(items[2].QuerySelector("a"));
        Assert.Equal("page", items[2].QuerySelector("span")!.GetAttribute("aria-current"));
        Assert.Equal("当前位置", cut.Find("nav").GetAttribute("aria-label"));
    }
}
