using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Tests.Rules;

public class ListDefinitionsTests
{
    private static IEnumerable<AnnouncementStage> StagesOf(AnnouncementList list) => ListDefinitions.Of(list).Stages.Select(s => s.Stage);

    [Fact]
    public void The_red_list_has_only_results_and_the_compliant_list_only_notices()
    {
        Assert.Equal([AnnouncementStage.Result], StagesOf(AnnouncementList.ForcedExit));
        Assert.Equal([AnnouncementStage.Notice], StagesOf(AnnouncementList.Compliant));
        Assert.Equal([AnnouncementStage.Notice, AnnouncementStage.Result], StagesOf(AnnouncementList.Rectification));
    }

    [Fact]
    public void A_forced_exit_comes_from_the_closing_government_or_the_dimensions_department()
    {
        Assert.Equal(["government", "market"], ListDefinitions.Of(AnnouncementList.ForcedExit).Publishers("quality", "industry"));
        Assert.Equal(["government", "industry"], ListDefinitions.Of(AnnouncementList.ForcedExit).Publishers("energy", "industry"));
    }

    [Fact]
    public void Compliance_of_coal_is_published_by_the_energy_or_development_department()
    {
        Assert.Equal(["energy", "development"], ListDefinitions.Of(AnnouncementList.Compliant).Publishers(null, "energy"));
        Assert.Equal(["industry"], ListDefinitions.Of(AnnouncementList.Compliant).Publishers(null, "industry"));
    }

    [Fact]
    public void A_forced_exit_continues_a_yellow_list_story_and_a_rectification_result_must_name_its_notice()
    {
        Assert.Equal(AnnouncementList.Rectification, ListDefinitions.Of(AnnouncementList.ForcedExit, AnnouncementStage.Result).Follows);
        Assert.True(ListDefinitions.Of(AnnouncementList.Rectification, AnnouncementStage.Result).NoticeRequired);
        Assert.False(ListDefinitions.Of(AnnouncementList.Elimination, AnnouncementStage.Result).NoticeRequired);
        Assert.Null(ListDefinitions.Of(AnnouncementList.Compliant, AnnouncementStage.Notice).Follows);
    }

    [Fact]
    public void Every_list_has_a_definition_with_distinct_names_and_places()
    {
        Assert.Equal(Enum.GetValues<AnnouncementList>().Length, ListDefinitions.All.Count);
        Assert.Equal(ListDefinitions.All.Count, ListDefinitions.All.Select(l => l.Wire).Distinct().Count());
        Assert.Equal(ListDefinitions.All.Count, ListDefinitions.All.Select(l => l.Name).Distinct().Count());
        Assert.Equal(ListDefinitions.All.Count, ListDefinitions.All.Select(l => l.Order).Distinct().Count());
        Assert.All(ListDefinitions.All, l => Assert.NotEmpty(l.Stages));
    }

    [Fact]
    public void Only_an_energy_rectification_notice_may_be_extended()
    {
        var extendable = ListDefinitions.All.SelectMany(l => l.Stages.SelectMany(s => new[] { "energy", "quality", "environment", "safety", "technology" }
            .Where(d => l.CanExtend(s.Stage, d)).Select(d => $"{l.Wire}/{s.Stage}/{d}"))).ToList();
        Assert.Equal(["rectification/Notice/energy"], extendable);
    }
}
