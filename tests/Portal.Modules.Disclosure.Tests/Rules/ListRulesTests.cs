using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.Tests.Rules;

public class ListRulesTests
{
    [Fact]
    public void The_red_list_has_only_results_and_the_compliant_list_only_notices()
    {
        Assert.Equal([AnnouncementStage.Result], ListRules.StagesOf(AnnouncementList.ForcedExit));
        Assert.Equal([AnnouncementStage.Notice], ListRules.StagesOf(AnnouncementList.Compliant));
        Assert.Equal([AnnouncementStage.Notice, AnnouncementStage.Result], ListRules.StagesOf(AnnouncementList.Rectification));
    }

    [Fact]
    public void A_forced_exit_comes_from_the_closing_government_or_the_dimensions_department()
    {
        Assert.Equal(["government", "market"], ListRules.Publishers(AnnouncementList.ForcedExit, "quality", "industry"));
        Assert.Equal(["government", "industry"], ListRules.Publishers(AnnouncementList.ForcedExit, "energy", "industry"));
    }

    [Fact]
    public void Compliance_of_coal_is_published_by_the_energy_or_development_department()
    {
        Assert.Equal(["energy", "development"], ListRules.Publishers(AnnouncementList.Compliant, null, "energy"));
        Assert.Equal(["industry"], ListRules.Publishers(AnnouncementList.Compliant, null, "industry"));
    }

    [Fact]
    public void A_forced_exit_continues_a_yellow_list_story_and_a_rectification_result_must_name_its_notice()
    {
        Assert.Equal(AnnouncementList.Rectification, ListRules.NoticeListFor(AnnouncementList.ForcedExit, AnnouncementStage.Result));
        Assert.True(ListRules.NoticeRequired(AnnouncementList.Rectification, AnnouncementStage.Result));
        Assert.False(ListRules.NoticeRequired(AnnouncementList.Elimination, AnnouncementStage.Result));
        Assert.Null(ListRules.NoticeListFor(AnnouncementList.Compliant, AnnouncementStage.Notice));
    }
}
