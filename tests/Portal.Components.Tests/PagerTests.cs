using Portal.Modules.Core.Components;

namespace Portal.Components.Tests;

public class PagerTests : BunitContext
{
    [Fact]
    public void The_first_page_offers_only_the_next()
    {
        var cut = Render<Pager>(p => p.Add(c => c.NextHref, "/lists/violation?cursor=k42"));
        var link = Assert.Single(cut.FindAll("nav.pager a"));
        Assert.Equal("下一页", link.TextContent);
        Assert.Equal("next", link.GetAttribute("rel"));
        Assert.Equal("/lists/violation?cursor=k42", link.GetAttribute("href"));
    }

    [Fact]
    public void A_later_page_leads_back_to_the_first_and_the_last_has_no_next()
    {
        var cut = Render<Pager>(p => p.Add(c => c.FirstHref, "/lists/violation"));
        Assert.Equal(["回到第一页"], cut.FindAll("nav.pager a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_single_page_has_no_pager()
    {
        Assert.Empty(Render<Pager>().Markup.Trim());
    }
}
