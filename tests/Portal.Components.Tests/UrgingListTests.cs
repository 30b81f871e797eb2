using Portal.Modules.Core.Components;
using Portal.Modules.Core.Deadlines;

namespace Portal.Components.Tests;

public class UrgingListTests : BunitContext
{
    private static Urging Urging(long id, bool open, string note) =>
        new(id, "公示公告时限", "整改通知书：某钢铁公司", "/backoffice/announcements/7", new DateOnly(2026, 12, 4), note, "city-supervisor", "长春市人民政府",
            new DateTime(2026, 11, 30, 1, 5, 0, DateTimeKind.Utc), open);

    [Fact]
    public void Nothing_is_shown_when_nobody_has_urged()
    {
        var cut = Render<UrgingList>(p => p.Add(c => c.Urgings, []));
        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void Each_urging_names_who_urged_when_in_beijing_time_about_what_the_note_and_whether_the_unit_has_acted()
    {
        var cut = Render<UrgingList>(p => p.Add(c => c.Urgings, [Urging(2, true, "请三日内公示"), Urging(1, false, "请尽快办理")]));
        var items = cut.FindAll("#urgings li");
        Assert.Equal(2, items.Count);
        Assert.Equal("2026-11-30 09:05", items[0].QuerySelector("time")!.TextContent);
        Assert.Contains("长春市人民政府（city-supervisor）催办", items[0].TextContent);
        Assert.Equal("/backoffice/announcements/7", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("公示公告时限，到期日 2026-12-04", items[0].TextContent);
        Assert.Equal("请三日内公示", items[0].QuerySelector("blockquote")!.TextContent);
        Assert.Equal("待办理", items[0].QuerySelector(".badge")!.TextContent);
        Assert.Equal("已办结", items[1].QuerySelector(".badge")!.TextContent);
        Assert.Equal("上级催办", cut.Find("h2").TextContent);
    }

    [Fact]
    public void On_the_items_own_page_the_urging_does_not_link_to_itself()
    {
        var cut = Render<UrgingList>(p => p.Add(c => c.Urgings, [Urging(1, true, "请办理")]).Add(c => c.ShowSubjects, false).Add(c => c.Id, "history"));
        Assert.Empty(cut.FindAll("#history a"));
    }
}
