namespace Portal.Modules.Reports.Data;

/// <summary>What a citizen may report (docs/api.md; the seeds 000 and 002 list the matters).</summary>
public enum ReportCategory
{
    ObsoleteEquipment,
    Energy,
    Environment,
    Quality,
    Safety,
    IllegalConstruction,
    Revival,
    FakeRectification,
    LaxApproval,
    Other,
}

public enum ReportStatus
{
    Received,
    Routed,
    Accepted,
    Verifying,
    Concluded,
    Closed,
}

public enum ReportConclusion
{
    Substantiated,
    PartlySubstantiated,
    NotSubstantiated,
}

/// <summary>
/// A citizen's report (举报). Nothing about the reporter's network, browser or precise time is kept
/// (docs/architecture.md, "Protecting people who report"): the day it arrived is enough for every deadline, which counts
/// working days. A real-name reporter's identity is one Data Protection blob, readable only by the handling unit.
/// </summary>
public sealed class Report
{
    public int Id { get; set; }

    /// <summary>What the reporter quotes; it alone opens nothing without the access key.</summary>
    public required string TrackingCode { get; set; }

    /// <summary>SHA-256 of the access key shown once on the receipt; the key itself is never stored.</summary>
    public required string AccessKeyHash { get; set; }

    public ReportCategory Category { get; set; }
    public required string RegionCode { get; set; }
    public required string RegionPath { get; set; }
    public required string EnterpriseName { get; set; }
    public string? EnterpriseCreditCode { get; set; }

    /// <summary>The registered enterprise the credit code names, when there is one.</summary>
    public int? EnterpriseId { get; set; }
    public string? Address { get; set; }
    public required string Description { get; set; }
    public bool RealName { get; set; }

    /// <summary>Name, phone and ID number of a real-name reporter, protected with Data Protection (purpose <c>Portal.Reports.Identity</c>).</summary>
    public string? ProtectedIdentity { get; set; }

    public ReportStatus Status { get; set; }

    /// <summary>China date of submission; deliberately no time of day.</summary>
    public DateOnly SubmittedOn { get; set; }

    /// <summary>The department unit whose queue holds the report; null until routed.</summary>
    public int? UnitId { get; set; }
    public DateOnly? RoutedOn { get; set; }
    public DateOnly? AcceptDueOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? ConcludeDueOn { get; set; }
    public DateOnly? ExtendedTo { get; set; }

    /// <summary>The date a handler asked to extend to, waiting for a supervisor; cleared when decided.</summary>
    public DateOnly? ExtensionRequestedTo { get; set; }
    public string? ExtensionReason { get; set; }
    public DateOnly? ConcludedOn { get; set; }
    public ReportConclusion? Conclusion { get; set; }
    public string? ConclusionText { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The outcome as the public may read it: no reporter data, written by the handler.</summary>
    public string? PublicOutcome { get; set; }
    public DateOnly? OutcomePublishedOn { get; set; }

    /// <summary>
    /// China date of the last change, for the deadline sweep to follow changes; a date like every other date of a
    /// report, never a time of day.
    /// </summary>
    public DateOnly? ChangedOn { get; set; }

    /// <summary>Optimistic concurrency: two handlers, or two nodes routing, cannot both move the same report.</summary>
    public int Version { get; set; }

    public DateOnly? EffectiveConcludeDueOn => ExtendedTo ?? ConcludeDueOn;
}

/// <summary>One step of a report's timeline, shown to the reporter (notes are written for the reporter to read).</summary>
public sealed class ReportEvent
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }

    /// <summary>The day of the step (stored as that day's start, China time; never a time of day).</summary>
    public DateTime At { get; set; }
    public ReportStatus Status { get; set; }
    public required string Note { get; set; }

    /// <summary>Only for the handling units' eyes (a transfer's reason, a verification's findings).</summary>
    public string? InternalNote { get; set; }
    public int? UnitId { get; set; }
    public string? StaffUserName { get; set; }
}

public sealed class ReportMessage
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public bool FromReporter { get; set; }
    public DateTime At { get; set; }
    public required string Text { get; set; }
    public int? UnitId { get; set; }
}

public enum EvidenceKind
{
    Jpeg,
    Png,
    Pdf,
    Mp4,
    WebP,
}

/// <summary>An evidence file as stored: cleaned of everything but its content, named at random, with its SHA-256.</summary>
public sealed class ReportAttachment
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }
    public EvidenceKind Kind { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string StoredName { get; set; }
    public bool FromReporter { get; set; }
    public DateOnly AddedOn { get; set; }
}

/// <summary>Category → the kind of department that checks it; editable by administrators.</summary>
public sealed class RoutingRule
{
    public int Id { get; set; }
    public ReportCategory Category { get; set; }
    public required string DepartmentKindCode { get; set; }

    /// <summary>
    /// When the reported enterprise is registered and its industry has another lead department (coal and power:
    /// 能源), that department checks instead.
    /// </summary>
    public bool FollowIndustryLead { get; set; }
}

/// <summary>A solved captcha challenge, kept until it expires so it cannot be used twice, on any node.</summary>
public sealed class CaptchaUse
{
    public required string Challenge { get; set; }
    public DateTime ExpiresAt { get; set; }
}

/// <summary>Every read of a real-name reporter's identity: who, when, which report.</summary>
public sealed class IdentityRead
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public required string StaffUserName { get; set; }
    public int UnitId { get; set; }
    public DateTime At { get; set; }
}
