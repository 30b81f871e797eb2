using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// Everything the portal knows about one public list, read by validation, forms, pages, the timeline, deadlines,
/// credit records and navigation alike: nothing outside <see cref="ListDefinitions"/> branches on the list.
/// </summary>
public sealed record ListDefinition
{
    public required AnnouncementList Key { get; init; }

    /// <summary>The list's name in URLs and the API (docs/api.md), e.g. <c>forced-exit</c>.</summary>
    public string Wire => WireValue.Of(Key);

    /// <summary>Read each time it is shown, so it is in the reader's language.</summary>
    public required Func<string> NameText { get; init; }

    public string Name => NameText();

    public required Func<string> DescriptionText { get; init; }

    public string Description => DescriptionText();

    /// <summary>Its place in the site's navigation and on the home page.</summary>
    public required int Order { get; init; }

    /// <summary>The colour the theme gives its badge and card: <c>yellow</c>, <c>red</c> or none.</summary>
    public string? Tone { get; init; }

    /// <summary>The style classes of its badge, card and navigation link.</summary>
    public string BadgeClass => Tone is null ? "list-" + Wire : $"list-{Wire} tone-{Tone}";

    public required IReadOnlyList<StageDefinition> Stages { get; init; }

    /// <summary>The dimensions an announcement on the list may name, or null where it names none.</summary>
    public IReadOnlyList<string>? Dimensions { get; init; }

    public bool DimensionRequired { get; init; }

    /// <summary>
    /// The aspects of an inspection whose failure is announced on this list (seed 000_6ff842427b64bf71.txt 四(二): a
    /// violation of the law is ordered to stop, obsolete equipment to be eliminated, a mandatory standard missed to be
    /// rectified), so a finding becomes a draft on the right list.
    /// </summary>
    public IReadOnlyList<string> FindingAspects { get; init; } = [];

    /// <summary>The dimension taken when none is given, and then not asked for (the elimination list is about technology).</summary>
    public string? ImpliedDimension { get; init; }

    /// <summary>The department kinds that may publish, given the dimension and the industry's lead department kind.</summary>
    public required Func<string?, string, IReadOnlyList<string>> Publishers { get; init; }

    /// <summary>Its indicators are the ones that failed: a value within its limit would accuse a compliant enterprise.</summary>
    public bool IndicatorsMustFail { get; init; }

    /// <summary>A safety shortfall on this list stops production at once.</summary>
    public bool SafetyStopsProduction { get; init; }

    /// <summary>The latest deadline the law allows for the enterprise, and the problem beyond it; null where none applies.</summary>
    public Func<string?, DateOnly, DeadlineLimit?> LatestDeadline { get; init; } = (_, _) => null;

    /// <summary>The dimensions whose notices may have their deadline extended once; none on most lists.</summary>
    public IReadOnlyList<string> ExtendableDimensions { get; init; } = [];

    public bool CanExtend(AnnouncementStage stage, string? dimension) =>
        stage == AnnouncementStage.Notice && dimension is not null && ExtendableDimensions.Contains(dimension);

    /// <summary>The yellow list: an enterprise stays on it while its notice is open.</summary>
    public bool IsYellowList { get; init; }

    /// <summary>The red list: an enterprise forced to exit.</summary>
    public bool IsRedList { get; init; }

    /// <summary>Each phase is notified within 15 working days; a compliant enterprise has no problem to notify.</summary>
    public bool NotifiesPhases { get; init; } = true;

    /// <summary>The credit record's reason when the enterprise misses its deadline; null where missing one is not recorded.</summary>
    public string? MissedDeadlineReason { get; init; }

    /// <summary>The credit record's reason when the announcement itself puts the enterprise on record (the red list).</summary>
    public string? ListedOnPublicationReason { get; init; }

    public bool Has(AnnouncementStage stage) => Stages.Any(s => s.Stage == stage);

    public StageDefinition Stage(AnnouncementStage stage) =>
        Stages.FirstOrDefault(s => s.Stage == stage) ?? throw new ArgumentOutOfRangeException(nameof(stage), $"{Wire} has no {stage}");

    /// <summary>The stage to assume when none is named: the only one, or the first.</summary>
    public StageDefinition DefaultStage => Stages[0];
}

/// <summary>One stage (公示 or 公告) of a list: what it is called, what it carries and which notice it follows.</summary>
public sealed record StageDefinition
{
    public required AnnouncementStage Stage { get; init; }

    /// <summary>What the stage is called on its own, e.g. 拟淘汰落后产能公示, in the reader's language.</summary>
    public required Func<string> KindNameText { get; init; }

    public string KindName => KindNameText();

    /// <summary>The title an editor gets when they leave it blank; {0} is the enterprise.</summary>
    public required string TitleFormat { get; init; }

    public required IReadOnlyList<FieldRule> Fields { get; init; }

    /// <summary>The list whose notice this stage continues, or null.</summary>
    public AnnouncementList? Follows { get; init; }

    /// <summary>It must name the notice it follows.</summary>
    public bool NoticeRequired { get; init; }

    /// <summary>Following a notice, it completes it (false: it ends the story otherwise, as a forced exit does).</summary>
    public bool Completes { get; init; } = true;

    /// <summary>How the enterprise's timeline says that this closed a yellow-list notice; {0} is its title.</summary>
    public Func<string>? LeavesYellowListText { get; init; }

    public string? LeavesYellowList => LeavesYellowListText?.Invoke();

    public bool Shows(ContentField field) => Fields.Any(f => f.Field == field);

    public FieldRule? Rule(ContentField field) => Fields.FirstOrDefault(f => f.Field == field);

    public bool DeadlineRequired => Rule(ContentField.Deadline)?.Required == true;

    public string DefaultTitle(string enterprise) => string.Format(TitleFormat, enterprise);
}

/// <summary>The latest deadline allowed, and the problem (with {0} for that date) when a later one is given.</summary>
public sealed record DeadlineLimit(DateOnly Latest, string Problem);
