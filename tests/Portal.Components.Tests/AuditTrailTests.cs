using Portal.Modules.Core.Components;
using Portal.Modules.Core.Data;

namespace Portal.Components.Tests;

public class AuditTrailTests : BunitContext
{
    [Fact]
    public void Each_entry_shows_when_who_what_and_each_field_before_and_after_in_beijing_time()
    {
        var lines = new[]
        {
            new ReadableAuditLine(new DateTime(2026, 11, 20, 2, 30, 0, DateTimeKind.Utc), "editor-1", "announcement.edit", "修改草稿",
                [new ReadableChange("标题", "旧标题", "新标题"), new ReadableChange("理由", null, "录入有误")]),
        };
        var cut = Render<AuditTrail>(p => p.Add(c => c.Lines, lines));
        var cells = cut.FindAll("#audit tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("2026-11-20 10:30", cells[0]);
        Assert.Equal("editor-1", cells[1]);
        Assert.Equal("修改草稿", cells[2]);
        Assert.Equal("announcement.edit", cut.Find("td[data-action]").GetAttribute("data-action"));
        var changes = cut.FindAll("ul.changes li");
        Assert.Equal("旧标题", changes[0].QuerySelector("del")!.TextContent);
        Assert.Equal("新标题", changes[0].QuerySelector("ins")!.TextContent);
        Assert.Null(changes[1].QuerySelector("del"));
        Assert.Equal("录入有误", changes[1].QuerySelector("ins")!.TextContent);
    }
}
