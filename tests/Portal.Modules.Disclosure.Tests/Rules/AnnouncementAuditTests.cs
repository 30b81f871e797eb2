using Portal.Modules.Disclosure.Announcements;

namespace Portal.Modules.Disclosure.Tests.Rules;

public class AnnouncementAuditTests
{
    private static readonly DateTime At = new(2026, 11, 20, 2, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void An_edit_reads_as_chinese_field_names_with_their_values_before_and_after()
    {
        var line = AnnouncementAudit.Read(At, "editor-1", "announcement.edit",
            """{"title":["关于甲公司限期整改的公示","关于甲公司限期整改的公示（更正）"],"list":["violation","rectification"],"deadline":[null,"2027-03-31"]}""");
        Assert.Equal("修改草稿", line.ActionName);
        Assert.Equal("announcement.edit", line.Action);
        Assert.Equal(
            [("标题", "关于甲公司限期整改的公示", "关于甲公司限期整改的公示（更正）"), ("名单", "违法违规", "整改（黄牌）"), ("整改（退出）期限", "（空）", "2027-03-31")],
            line.Changes.Select(c => (c.Label, c.Before, c.After)));
    }

    [Fact]
    public void A_correction_gives_its_reason_and_each_change()
    {
        var line = AnnouncementAudit.Read(At, "editor-1", "announcement.correct",
            """{"version":2,"reason":"实测值录入有误","changes":{"requirements":["停产","限产整改"]}}""");
        Assert.Equal("更正", line.ActionName);
        Assert.Contains(line.Changes, c => c is { Label: "理由", Before: null, After: "实测值录入有误" });
        Assert.Contains(line.Changes, c => c is { Label: "整改（退出）要求", Before: "停产", After: "限产整改" });
    }

    [Fact]
    public void A_new_draft_lists_what_was_entered_and_leaves_out_what_was_not()
    {
        var line = AnnouncementAudit.Read(At, "editor-1", "announcement.create",
            """{"list":"compliant","stage":"notice","summary":null,"equipment":[{"name":"回转窑","model":"Φ4.8×74m","quantity":1}],"publishAt":"2026-11-21T01:00:00Z"}""");
        Assert.Equal("新建草稿", line.ActionName);
        Assert.Equal(["名单", "阶段", "设备（生产线）", "定时发布时间"], line.Changes.Select(c => c.Label));
        Assert.Contains(line.Changes, c => c is { Label: "设备（生产线）", After: "回转窑 Φ4.8×74m 1" });
        Assert.Contains(line.Changes, c => c is { Label: "定时发布时间", After: "2026-11-21 09:00" });
        Assert.All(line.Changes, c => Assert.Null(c.Before));
    }

    [Fact]
    public void A_submission_without_details_and_an_unknown_action_still_read()
    {
        Assert.Empty(AnnouncementAudit.Read(At, "editor-1", "announcement.submit", null).Changes);
        Assert.Equal("提交审核", AnnouncementAudit.Read(At, "editor-1", "announcement.submit", null).ActionName);
        Assert.Equal("announcement.archive", AnnouncementAudit.Read(At, "x", "announcement.archive", "{}").ActionName);
    }
}
