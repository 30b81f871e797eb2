using Portal.Modules.Core.Components;

namespace Portal.Components.Tests;

public class TextFieldTests : BunitContext
{
    [Fact]
    public void A_field_has_its_label_value_and_help_and_says_nothing_is_wrong()
    {
        var cut = Render<TextField>(p => p.Add(c => c.Name, "title").Add(c => c.Label, "标题").Add(c => c.Value, "关于某公司的公示").Add(c => c.Help, "留空则按名单生成"));
        var input = cut.Find("input#f-title");
        Assert.Equal("title", input.GetAttribute("name"));
        Assert.Equal("关于某公司的公示", input.GetAttribute("value"));
        Assert.Equal("标题", cut.Find("label[for=f-title]").TextContent);
        Assert.Equal("h-title", input.GetAttribute("aria-describedby"));
        Assert.Null(input.GetAttribute("aria-invalid"));
        Assert.Empty(cut.FindAll(".field-error"));
    }

    [Fact]
    public void A_field_with_a_problem_is_marked_invalid_and_points_at_the_problem()
    {
        var errors = new Dictionary<string, string[]> { ["violations"] = ["请填写违法违规事项及事实。"] };
        var cut = Render<TextField>(p => p.Add(c => c.Name, "violations").Add(c => c.Label, "违法违规事项及事实").Add(c => c.Area, true).Add(c => c.Errors, errors));
        var area = cut.Find("textarea#f-violations");
        Assert.Equal("true", area.GetAttribute("aria-invalid"));
        Assert.Contains("input-validation-error", area.ClassList);
        Assert.Equal("e-violations", area.GetAttribute("aria-describedby"));
        Assert.Equal("请填写违法违规事项及事实。", cut.Find("#e-violations").TextContent);
    }

    [Fact]
    public void A_date_field_is_a_date_input()
    {
        var cut = Render<TextField>(p => p.Add(c => c.Name, "deadline").Add(c => c.Label, "期限").Add(c => c.Type, "date").Add(c => c.Value, "2026-12-31"));
        Assert.Equal("date", cut.Find("input").GetAttribute("type"));
        Assert.Equal("2026-12-31", cut.Find("input").GetAttribute("value"));
    }
}
