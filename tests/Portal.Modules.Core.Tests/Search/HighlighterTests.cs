using Portal.Modules.Core.Search;

namespace Portal.Modules.Core.Tests.Search;

public class HighlighterTests
{
    private static string Render(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Match ? $"[{s.Text}]" : s.Text));

    [Fact]
    public void Marks_every_occurrence_in_the_original_text()
    {
        Assert.Equal("[水泥]厂的[水泥]磨", Render(Highlighter.Mark("水泥厂的水泥磨", ["水泥"])));
    }

    [Fact]
    public void A_half_width_query_marks_full_width_text_as_it_was_written()
    {
        Assert.Equal("牌号 [Ｑ２３５] 钢", Render(Highlighter.Mark("牌号 Ｑ２３５ 钢", ["q235"])));
    }

    [Fact]
    public void Overlapping_terms_merge_into_one_mark()
    {
        Assert.Equal("[铁东区]政府", Render(Highlighter.Mark("铁东区政府", ["铁东", "东区"])));
    }

    [Fact]
    public void A_snippet_is_cut_around_the_first_match_with_ellipses()
    {
        var text = new string('甲', 200) + "违规" + new string('乙', 200);
        var snippet = Highlighter.Snippet(text, ["违规"], 40);
        Assert.Equal("…", snippet[0].Text);
        Assert.Equal("违规", Assert.Single(snippet, s => s.Match).Text);
        Assert.Equal("…", snippet[^1].Text);
    }
}
