using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Rules;

/// <summary>
/// Which stages each list has and who publishes on it, from 002_aa3e6ff6d4b81995.txt (四平市 公示公告 rules,
/// 一(二)) as distilled in docs/domain.md, "What an inspection can find".
/// </summary>
public static class ListRules
{
    private static readonly string[] ViolationPublishers =
    [
        DepartmentKinds.Development, DepartmentKinds.Industry, DepartmentKinds.Energy, DepartmentKinds.NaturalResources,
        DepartmentKinds.Environment, DepartmentKinds.Emergency, DepartmentKinds.Market,
    ];

    private static readonly string[] EliminationPublishers = [DepartmentKinds.Industry, DepartmentKinds.Development, DepartmentKinds.Energy];

    /// <summary>Rectification is judged against the four mandatory standards; obsolete technology goes to the elimination list.</summary>
    public static readonly IReadOnlyList<string> RectificationDimensions = [Dimensions.Energy, Dimensions.Environment, Dimensions.Quality, Dimensions.Safety];

    public static IReadOnlyList<AnnouncementStage> StagesOf(AnnouncementList list) => list switch
    {
        AnnouncementList.ForcedExit => [AnnouncementStage.Result],
        AnnouncementList.Compliant => [AnnouncementStage.Notice],
        _ => [AnnouncementStage.Notice, AnnouncementStage.Result],
    };

    /// <summary>The dimensions a list accepts, or null where the list has none (compliant: every standard passed).</summary>
    public static IReadOnlyList<string>? DimensionsOf(AnnouncementList list) => list switch
    {
        AnnouncementList.Rectification => RectificationDimensions,
        AnnouncementList.ForcedExit => RectificationDimensions,
        AnnouncementList.Elimination => [Dimensions.Technology],
        AnnouncementList.Violation => Dimensions.All,
        _ => null,
    };

    public static bool DimensionRequired(AnnouncementList list) => list is AnnouncementList.Rectification or AnnouncementList.ForcedExit;

    /// <summary>The department kinds that may publish on a list; the dimension and the industry's lead decide some of them.</summary>
    public static IReadOnlyList<string> Publishers(AnnouncementList list, string? dimension, string industryLeadKind) => list switch
    {
        AnnouncementList.Violation => ViolationPublishers,
        AnnouncementList.Elimination => EliminationPublishers,
        AnnouncementList.Rectification => dimension is null ? [] : [Responsibility.DepartmentForDimension(dimension, industryLeadKind)],
        // "由做出关闭决定的地方政府…公告，涉及的环保、安全、质量、能耗…主管部门同时…公开" (002 一(二)4).
        AnnouncementList.ForcedExit => dimension is null
            ? [DepartmentKinds.Government]
            : [DepartmentKinds.Government, Responsibility.DepartmentForDimension(dimension, industryLeadKind)],
        // The lead department: 工信 for manufacturing, 发改/能源 for coal and power (000).
        AnnouncementList.Compliant => industryLeadKind == DepartmentKinds.Energy
            ? [DepartmentKinds.Energy, DepartmentKinds.Development]
            : [industryLeadKind],
        _ => [],
    };

    /// <summary>The list whose notice a result continues: a forced exit ends a yellow-list story.</summary>
    public static AnnouncementList? NoticeListFor(AnnouncementList list, AnnouncementStage stage) => (list, stage) switch
    {
        (AnnouncementList.ForcedExit, _) => AnnouncementList.Rectification,
        (AnnouncementList.Compliant, _) => null,
        (_, AnnouncementStage.Result) => list,
        _ => null,
    };

    /// <summary>A rectification result takes an enterprise off the yellow list, so it must say which notice it closes.</summary>
    public static bool NoticeRequired(AnnouncementList list, AnnouncementStage stage) =>
        list == AnnouncementList.Rectification && stage == AnnouncementStage.Result;

    /// <summary>Lists where the enterprise is given a deadline to act.</summary>
    public static bool DeadlineRequired(AnnouncementList list, AnnouncementStage stage) =>
        stage == AnnouncementStage.Notice && list is AnnouncementList.Violation or AnnouncementList.Elimination or AnnouncementList.Rectification;
}
