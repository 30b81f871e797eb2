using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Disclosure.Data;

/// <summary>The five lists of docs/domain.md (docs/api.md `list`).</summary>
public enum AnnouncementList
{
    Violation,
    Elimination,
    Rectification,
    ForcedExit,
    Compliant,
}

/// <summary>公示 (notice, open for objection) or 公告 (result).</summary>
public enum AnnouncementStage
{
    Notice,
    Result,
}

public enum AnnouncementStatus
{
    Draft,
    InReview,
    Published,
    Withdrawn,
}

/// <summary>How obsolete equipment leaves (docs/api.md `exitMethod`).</summary>
public enum ExitMethod
{
    Dismantle,
    Seal,
    Upgrade,
    Close,
}

/// <summary>
/// One announcement on one list, from draft to publication and after: the columns the public lists filter on,
/// the government metadata block, the publication clock, and the current content as JSON
/// (<see cref="AnnouncementBody"/>). Every published state of the content is also kept as an
/// <see cref="AnnouncementVersion"/>, so corrections leave a public trail.
/// </summary>
public sealed class Announcement : ISearchable
{
    public const string SearchKindName = "announcement";

    // The enterprise's document shows its standing on the lists, which this announcement may change.
    IEnumerable<SearchKey> ISearchable.SearchKeys => [new(SearchKindName, Id), new(Enterprise.SearchKindName, EnterpriseId)];

    public int Id { get; set; }
    public AnnouncementList List { get; set; }
    public AnnouncementStage Stage { get; set; }
    public AnnouncementStatus Status { get; set; }

    /// <summary>The publishing unit's level, region and department.</summary>
    public RegionLevel Level { get; set; }
    public required string RegionCode { get; set; }
    public int UnitId { get; set; }
    public required string DepartmentKindCode { get; set; }
    public required string PublisherName { get; set; }
    public string? Dimension { get; set; }

    /// <summary>The enterprise as it stood when the announcement was written; a document does not change when the register does.</summary>
    public int EnterpriseId { get; set; }
    public required string EnterpriseCreditCode { get; set; }
    public required string EnterpriseName { get; set; }
    public required string EnterpriseAddress { get; set; }
    public required string EnterpriseRegionCode { get; set; }
    public required string EnterpriseRegionPath { get; set; }
    public required string IndustryCode { get; set; }

    /// <summary>For a result (公告) or a forced exit: the notice whose story it ends.</summary>
    public int? NoticeId { get; set; }

    public required string Title { get; set; }
    public string? DocumentNumber { get; set; }
    public string? IndexNumber { get; set; }
    public DateOnly? WrittenOn { get; set; }

    public DateOnly InspectionCompletedOn { get; set; }
    public DateOnly PublicationDueOn { get; set; }

    /// <summary>The enterprise's own deadline (rectify, exit, close), and its one extension where the law allows one.</summary>
    public DateOnly? Deadline { get; set; }
    public DateOnly? ExtendedDeadline { get; set; }
    public string? ExtensionReason { get; set; }
    public DateOnly? ExtendedOn { get; set; }

    /// <summary>When the announcement becomes public; later than now for a scheduled publication.</summary>
    public DateTime? PublishAt { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    public int Version { get; set; }
    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public string? ReviewComment { get; set; }

    public DateOnly? EffectiveDeadline => ExtendedDeadline ?? Deadline;

    public bool IsPublicAt(DateTime utcNow) => Status == AnnouncementStatus.Published && PublishAt <= utcNow;
}

/// <summary>A published state of an announcement: the first publication, then each correction (更正) with its reason.</summary>
public sealed class AnnouncementVersion
{
    public long Id { get; set; }
    public int AnnouncementId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? Deadline { get; set; }
    public required string Body { get; set; }
    public string? Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}

/// <summary>
/// The original document behind an announcement (the 通知书 as a PDF), cleaned of its metadata before it is kept, and
/// published with the announcement. Kept in the database, so every node serves it.
/// </summary>
public sealed class AnnouncementAttachment
{
    public int Id { get; set; }
    public int AnnouncementId { get; set; }
    public required string Title { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}
