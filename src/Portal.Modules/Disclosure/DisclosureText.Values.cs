using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure;

/// <summary>The words for the values an announcement carries (stage, dimension, subject, level, exit, status) and an enterprise's standing.</summary>
public static partial class DisclosureText
{
    /// <summary>An enterprise's standing on the lists (<see cref="Enterprises.SearchEnterprises.Statuses"/>).</summary>
    public static string StandingName(string status) =>
        Lists.ListDefinitions.TryParse(status, out var list) ? list.Name : NotListed;


    public static string StageName(AnnouncementStage stage) => stage == AnnouncementStage.Notice ? StageNotice : StageResult;

    public static string DimensionName(string? dimension) => dimension switch
    {
        Dimensions.Energy => DimensionEnergy,
        Dimensions.Environment => DimensionEnvironment,
        Dimensions.Quality => DimensionQuality,
        Dimensions.Safety => DimensionSafety,
        Dimensions.Technology => DimensionTechnology,
        null => "—",
        _ => dimension,
    };

    /// <summary>
    /// 主题分类 of the government information catalogue, as government sites file an announcement: by what was found wrong,
    /// and under industry where the list names no dimension (a violation, a compliant enterprise, obsolete equipment).
    /// </summary>
    public static string TopicName(string? dimension) => dimension switch
    {
        Dimensions.Energy => TopicEnergy,
        Dimensions.Environment => TopicEnvironment,
        Dimensions.Quality => TopicQuality,
        Dimensions.Safety => TopicSafety,
        _ => TopicIndustry,
    };

    public static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.Province => LevelProvince,
        RegionLevel.City => LevelCity,
        _ => LevelCounty,
    };

    public static string ExitMethodName(ExitMethod? method) => method switch
    {
        ExitMethod.Dismantle => ExitDismantle,
        ExitMethod.Seal => ExitSeal,
        ExitMethod.Upgrade => ExitUpgrade,
        ExitMethod.Close => ExitClose,
        _ => "—",
    };

    /// <summary>A status as the desk shows it, from its wire value (<c>scheduled</c> being published with a later time).</summary>
    public static string StatusName(string wire) => wire == "scheduled"
        ? StatusName(AnnouncementStatus.Published, true)
        : Portal.Modules.Core.Common.WireValue.TryParse<AnnouncementStatus>(wire, out var status) ? StatusName(status, false) : wire;

    public static string? StatusTone(string wire) => wire switch
    {
        "published" => "green",
        "in-review" or "scheduled" => "yellow",
        "withdrawn" => "red",
        _ => null,
    };

    public static string StatusName(AnnouncementStatus status, bool scheduled) => status switch
    {
        AnnouncementStatus.Draft => StatusDraft,
        AnnouncementStatus.InReview => StatusInReview,
        AnnouncementStatus.Published => scheduled ? StatusScheduled : StatusPublished,
        AnnouncementStatus.Withdrawn => StatusWithdrawn,
        _ => status.ToString(),
    };

    public static string StageNotice => Resource[nameof(StageNotice)];
    public static string StageResult => Resource[nameof(StageResult)];
    public static string DimensionEnergy => Resource[nameof(DimensionEnergy)];
    public static string DimensionEnvironment => Resource[nameof(DimensionEnvironment)];
    public static string DimensionQuality => Resource[nameof(DimensionQuality)];
    public static string DimensionSafety => Resource[nameof(DimensionSafety)];
    public static string DimensionTechnology => Resource[nameof(DimensionTechnology)];
    public static string LevelProvince => Resource[nameof(LevelProvince)];
    public static string LevelCity => Resource[nameof(LevelCity)];
    public static string LevelCounty => Resource[nameof(LevelCounty)];
    public static string ExitDismantle => Resource[nameof(ExitDismantle)];
    public static string ExitSeal => Resource[nameof(ExitSeal)];
    public static string ExitUpgrade => Resource[nameof(ExitUpgrade)];
    public static string ExitClose => Resource[nameof(ExitClose)];
    public static string StatusDraft => Resource[nameof(StatusDraft)];
    public static string StatusInReview => Resource[nameof(StatusInReview)];
    public static string StatusScheduled => Resource[nameof(StatusScheduled)];
    public static string StatusPublished => Resource[nameof(StatusPublished)];
    public static string StatusWithdrawn => Resource[nameof(StatusWithdrawn)];
    public static string TopicIndustry => Resource[nameof(TopicIndustry)];
    public static string TopicEnergy => Resource[nameof(TopicEnergy)];
    public static string TopicEnvironment => Resource[nameof(TopicEnvironment)];
    public static string TopicQuality => Resource[nameof(TopicQuality)];
    public static string TopicSafety => Resource[nameof(TopicSafety)];
}
