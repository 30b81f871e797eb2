using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

public sealed record EnterpriseRef(string Name, string CreditCode, string Address, string RegionCode, string RegionName, string Industry, string IndustryName);

public sealed record ExtensionView(DateOnly OriginalDeadline, DateOnly Deadline, DateOnly On, string Reason);

public sealed record WithdrawalView(DateOnly On, string Reason);

public sealed record CorrectionView(int Version, DateOnly On, string Reason);

public sealed record RelatedView(int Id, string List, string Stage, string Title, DateOnly? PublishedOn);

/// <summary>An announcement as docs/api.md's item carries it, and as the pages show it.</summary>
/// <summary>An attached document: its name, size after cleaning, and where the public reads it.</summary>
public sealed record AttachmentView(int Id, string Title, long Size, string Sha256, string Href);

public sealed record AnnouncementItem(
    int Id,
    [property: WireValues(typeof(AnnouncementList))] string List,
    [property: WireValues(typeof(AnnouncementStage))] string Stage,
    [property: WireValues(typeof(AnnouncementStatus))] string Status,
    [property: WireValues(typeof(Core.Regions.RegionLevel))] string Level,
    string RegionCode,
    string RegionName,
    string Department,
    string DepartmentName,
    string? Dimension,
    EnterpriseRef Enterprise,
    string Title,
    string? DocumentNumber,
    string? IndexNumber,
    string Publisher,
    DateOnly? WrittenOn,
    string Validity,
    DateOnly InspectionCompletedOn,
    DateOnly PublicationDueOn,
    DateOnly? PublishedOn,
    DateTime? PublishedAt,
    DateOnly? Deadline,
    ExtensionView? Extension,
    int? NoticeId,
    int Version,
    string? Summary,
    string? Violations,
    string? Basis,
    string? Requirements,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<EquipmentLine> Equipment,
    [property: WireValues(typeof(Data.ExitMethod))] string? ExitMethod,
    bool StopProductionImmediately,
    string? FailedItems,
    string? Unrectified,
    string? Completion,
    DateOnly? CompletedOn,
    string? Products,
    string? InspectedItems,
    WithdrawalView? Withdrawal)
{
    /// <summary>Only on a single announcement: its public correction trail and the rest of its story.</summary>
    public IReadOnlyList<CorrectionView>? Corrections { get; init; }
    public RelatedView? Notice { get; init; }
    public IReadOnlyList<RelatedView>? FollowUps { get; init; }

    /// <summary>The original documents, each at its public address (answered once the announcement is public).</summary>
    public IReadOnlyList<AttachmentView>? Attachments { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public AnnouncementList ListValue => WireValue.TryParse<AnnouncementList>(List, out var l) ? l : default;
    [System.Text.Json.Serialization.JsonIgnore]
    public AnnouncementStage StageValue => WireValue.TryParse<AnnouncementStage>(Stage, out var s) ? s : default;
}

/// <summary>Turns announcements into <see cref="AnnouncementItem"/>s with region, industry and department names.</summary>
public sealed class AnnouncementViews(RegionDirectory regions, NameDirectory names, TimeProvider clock)
{
    private IReadOnlyDictionary<string, string>? _industries;
    private IReadOnlyDictionary<string, string>? _kinds;

    public async Task<IReadOnlyList<AnnouncementItem>> ToItemsAsync(IEnumerable<Announcement> announcements, CancellationToken cancellationToken)
    {
        var tree = await regions.GetAsync(cancellationToken);
        var known = await names.GetAsync(cancellationToken);
        (_industries, _kinds) = (known.Industries, known.DepartmentKinds);
        return announcements.Select(a => ToItem(a, tree)).ToList();
    }

    public async Task<AnnouncementItem> ToItemAsync(Announcement announcement, CancellationToken cancellationToken) =>
        (await ToItemsAsync([announcement], cancellationToken))[0];

    private AnnouncementItem ToItem(Announcement a, RegionTree tree)
    {
        var body = AnnouncementBody.FromJson(a.Body);
        return new AnnouncementItem(
            a.Id,
            WireValue.Of(a.List),
            WireValue.Of(a.Stage),
            StatusWire(a),
            WireValue.Of(a.Level),
            a.RegionCode,
            tree.QualifiedName(a.RegionCode),
            a.DepartmentKindCode,
            _kinds!.GetValueOrDefault(a.DepartmentKindCode, a.DepartmentKindCode),
            a.Dimension,
            new EnterpriseRef(a.EnterpriseName, a.EnterpriseCreditCode, a.EnterpriseAddress, a.EnterpriseRegionCode,
                tree.QualifiedName(a.EnterpriseRegionCode), a.IndustryCode, _industries!.GetValueOrDefault(a.IndustryCode, a.IndustryCode)),
            a.Title,
            a.DocumentNumber,
            a.IndexNumber,
            a.PublisherName,
            a.WrittenOn,
            a.Status == AnnouncementStatus.Withdrawn ? "withdrawn" : "effective",
            a.InspectionCompletedOn,
            a.PublicationDueOn,
            a.PublishedOn,
            a.PublishAt,
            a.EffectiveDeadline,
            a is { ExtendedDeadline: { } to, ExtendedOn: { } on, Deadline: { } from } ? new ExtensionView(from, to, on, a.ExtensionReason ?? string.Empty) : null,
            a.NoticeId,
            a.Version,
            body.Summary,
            body.Violations,
            body.Basis,
            body.Requirements,
            body.Indicators,
            body.Equipment,
            body.ExitMethod is { } m ? WireValue.Of(m) : null,
            body.StopProductionImmediately,
            body.FailedItems,
            body.Unrectified,
            body.Completion,
            body.CompletedOn,
            body.Products,
            body.InspectedItems,
            a is { WithdrawnAt: { } w } ? new WithdrawalView(ChinaTime.DateOf(w), a.WithdrawalReason ?? string.Empty) : null);
    }

    private string StatusWire(Announcement a) => a.Status switch
    {
        AnnouncementStatus.Published when a.PublishAt > clock.GetUtcNow().UtcDateTime => "scheduled",
        _ => WireValue.Of(a.Status),
    };
}
