using Portal.TestData;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.Tests.Rules;

public class DeadlineRulesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-09-26", "2025-10-16")] // Friday before National Day; 28 Sep and 11 Oct are make-up working days
    [InlineData("2026-02-13", "2026-03-05")] // Friday before the 2026 Spring Festival; 14 and 28 Feb are make-up working days
    [InlineData("2026-11-20", "2026-12-04")] // an ordinary Friday: two weeks
    public void Rectification_notice_is_due_ten_working_days_after_inspection(string inspected, string due) =>
        Assert.Equal(D(due), DeadlineRules.PublicationDueOn(OfficialCalendar.Rules, D(inspected)));

    [Fact]
    public void Countdown_is_zero_on_the_due_date_and_counts_working_days_only()
    {
        var rules = OfficialCalendar.Rules;
        Assert.Equal(0, DeadlineRules.WorkingDaysLeft(rules, D("2025-10-16"), D("2025-10-16")));
        Assert.Equal(4, DeadlineRules.WorkingDaysLeft(rules, D("2025-09-30"), D("2025-10-13")));
        Assert.Equal(-1, DeadlineRules.WorkingDaysLeft(rules, D("2025-10-17"), D("2025-10-16")));
    }

    [Theory]
    [InlineData("energy", "2026-07-15", true)]
    [InlineData("energy", "2026-07-16", false)]
    [InlineData("quality", "2026-07-15", true)]
    [InlineData("quality", "2026-08-01", false)]
    [InlineData("environment", "2027-06-01", true)]
    [InlineData("safety", "2027-06-01", true)]
    public void Energy_and_quality_rectification_may_last_at_most_six_months(string dimension, string deadline, bool allowed)
    {
        var problem = DeadlineRules.CheckDeadline(AnnouncementList.Rectification, AnnouncementStage.Notice, dimension, D("2026-01-15"), D(deadline));
        Assert.Equal(allowed, problem is null);
        if (!allowed)
        {
            Assert.Contains("6 个月", problem);
            Assert.Contains("2026-07-15", problem);
        }
    }

    [Fact]
    public void A_deadline_must_come_after_the_inspection_and_a_notice_needs_one()
    {
        Assert.Contains("晚于检查完成日期", DeadlineRules.CheckDeadline(AnnouncementList.Elimination, AnnouncementStage.Notice, "technology", D("2026-01-15"), D("2026-01-15")));
        Assert.NotNull(DeadlineRules.CheckDeadline(AnnouncementList.Violation, AnnouncementStage.Notice, null, D("2026-01-15"), null));
        Assert.Null(DeadlineRules.CheckDeadline(AnnouncementList.Compliant, AnnouncementStage.Notice, null, D("2026-01-15"), null));
    }

    private static Announcement Notice(string dimension, DateOnly deadline) => new()
    {
        List = AnnouncementList.Rectification, Stage = AnnouncementStage.Notice, Dimension = dimension, Deadline = deadline,
        RegionCode = "220303", DepartmentKindCode = "industry", PublisherName = "x", EnterpriseCreditCode = "x", EnterpriseName = "x",
        EnterpriseAddress = "x", EnterpriseRegionCode = "220303", EnterpriseRegionPath = "/220000/220300/220303/", IndustryCode = "cement",
        Title = "x", Body = "{}", CreatedBy = "x",
    };

    [Fact]
    public void Energy_rectification_is_extended_once_by_at_most_three_months()
    {
        var notice = Notice("energy", D("2026-06-30"));
        Assert.Null(DeadlineRules.CheckExtension(notice, D("2026-09-30")));
        Assert.Contains("3 个月", DeadlineRules.CheckExtension(notice, D("2026-10-01")));
        Assert.NotNull(DeadlineRules.CheckExtension(notice, D("2026-06-30")));
        notice.ExtendedDeadline = D("2026-08-31");
        notice.ExtendedOn = D("2026-06-01");
        Assert.Contains("只能申请一次", DeadlineRules.CheckExtension(notice, D("2026-09-15")));
    }

    [Theory]
    [InlineData("quality")]
    [InlineData("environment")]
    [InlineData("safety")]
    public void Only_energy_rectification_can_be_extended(string dimension) =>
        Assert.Contains("能耗", DeadlineRules.CheckExtension(Notice(dimension, D("2026-06-30")), D("2026-07-30")));
}
