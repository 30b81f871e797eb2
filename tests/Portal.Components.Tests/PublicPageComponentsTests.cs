using System.Globalization;
using Portal.Modules.Core.Components;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Localization;
using Portal.Modules.Disclosure;
using Portal.Modules.Disclosure.Components;
using Portal.Modules.Disclosure.Data;

namespace Portal.Components.Tests;

public class PublicPageComponentsTests : BunitContext
{
    [Fact]
    public void The_metadata_block_lists_each_fact_with_a_dash_for_one_not_given()
    {
        var cut = Render<MetadataBlock>(p => p.Add(c => c.Label, "公告信息").Add(c => c.Id, "announcement-meta")
            .Add(c => c.Items, [("索引号", "11220300MB1234567X/2026-00012"), ("文号", null)]));
        Assert.Equal(["索引号", "文号"], cut.FindAll("dt").Select(d => d.TextContent));
        Assert.Equal(["11220300MB1234567X/2026-00012", "—"], cut.FindAll("dd").Select(d => d.TextContent));
        Assert.Equal("公告信息", cut.Find("section").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_status_badge_says_the_state_in_words_and_keeps_its_wire_value_and_tone()
    {
        var cut = Render<StatusBadge>(p => p.Add(c => c.Status, "in-review").Add(c => c.Text, "待审核").Add(c => c.Tone, "yellow"));
        var badge = cut.Find("span.badge");
        Assert.Equal("待审核", badge.TextContent);
        Assert.Equal("in-review", badge.GetAttribute("data-status"));
        Assert.Contains("tone-yellow", badge.ClassList);
    }

    [Fact]
    public void The_indicator_table_shows_the_measured_value_against_a_maximum_or_a_minimum()
    {
        var cut = Render<IndicatorTable>(p => p.Add(c => c.Items,
        [
            new Indicator("窑尾颗粒物排放浓度", 45m, 30m, "mg/m³", LimitKind.Max, "GB 4915-2013"),
            new Indicator("熟料综合能耗", 95.5m, 100m, "kgce/t", LimitKind.Min),
        ]));
        var rows = cut.FindAll("#indicators tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["窑尾颗粒物排放浓度", "45", "≤ 30", "mg/m³", "GB 4915-2013"], rows[0]);
        Assert.Equal(["熟料综合能耗", "95.5", "≥ 100", "kgce/t", "—"], rows[1]);
    }

    [Fact]
    public void No_indicators_draw_no_table()
    {
        Assert.Empty(Render<IndicatorTable>(p => p.Add(c => c.Items, [])).FindAll("table"));
    }

    [Fact]
    public void On_an_english_page_the_data_in_a_timeline_entry_is_marked_as_chinese_and_the_words_around_it_are_not()
    {
        // Each entry is written when the page is drawn, in the page's language.
        EnterpriseTimelineEntry[] Entries() =>
            [new(new DateOnly(2026, 11, 20), "announcement", new TextWithData(DisclosureText.TimelineEnteredYellow, "关于某水泥有限公司限期整改的公示"), "rectification", "notice", "/announcements/12")];
        var chinese = Render<Timeline>(p => p.Add(c => c.Entries, Entries()));
        Assert.Empty(chinese.FindAll("[lang]"));

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = PortalCultures.English;
        try
        {
            var english = Render<Timeline>(p => p.Add(c => c.Entries, Entries()));
            var link = english.Find("#timeline li a");
            Assert.StartsWith("Put on the yellow list", link.TextContent);
            Assert.Equal("关于某水泥有限公司限期整改的公示", link.QuerySelector("span[lang='zh-CN']")!.TextContent);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void The_timeline_links_each_event_that_has_a_page_and_marks_its_list()
    {
        var cut = Render<Timeline>(p => p.Add(c => c.Entries,
        [
            new EnterpriseTimelineEntry(new DateOnly(2026, 11, 20), "announcement", new TextWithData("列入黄牌名单"), "rectification", "notice", "/announcements/12"),
            new EnterpriseTimelineEntry(new DateOnly(2026, 10, 2), "outcome", new TextWithData("举报核查结果公开"), null, null, null),
        ]));
        var items = cut.FindAll("#timeline li");
        Assert.Equal("2026-11-20", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/announcements/12", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("list-rectification", items[0].ClassList);
        Assert.Null(items[1].QuerySelector("a"));
        Assert.Equal("举报核查结果公开", items[1].QuerySelector("span")!.TextContent);
    }

    [Fact]
    public void An_empty_timeline_says_so()
    {
        Assert.Equal("暂无公示公告记录。", Render<Timeline>(p => p.Add(c => c.Entries, [])).Find("#timeline-none").TextContent);
    }

    [Fact]
    public void A_facet_marks_the_chosen_value_offers_all_and_indents_values_below()
    {
        var cut = Render<FacetList>(p => p.Add(c => c.Id, "facet-region").Add(c => c.AllHref, "/search?q=水泥")
            .Add(c => c.Items,
            [
                new FacetList.Item("四平市", "/search?q=水泥&region=220300", null, Current: true),
                new FacetList.Item("梨树县", "/search?q=水泥&region=220322", 12, Indent: true),
            ]));
        var links = cut.FindAll("#facet-region a");
        Assert.Equal("全部", links[0].TextContent);
        Assert.Null(links[0].GetAttribute("aria-current"));
        Assert.Equal("true", links[1].GetAttribute("aria-current"));
        Assert.Equal("(12)", cut.FindAll("#facet-region li")[2].QuerySelector("small")!.TextContent);
        Assert.Contains("indent", cut.FindAll("#facet-region li")[2].ClassList);
    }

    [Fact]
    public void With_nothing_chosen_all_is_the_current_entry()
    {
        var cut = Render<FacetList>(p => p.Add(c => c.Id, "facet-year").Add(c => c.AllHref, "/search")
            .Add(c => c.Items, [new FacetList.Item("2026", "/search?year=2026", 3)]));
        Assert.Equal("true", cut.Find("#facet-year a").GetAttribute("aria-current"));
    }
}
