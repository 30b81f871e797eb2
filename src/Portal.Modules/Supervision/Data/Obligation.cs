using Portal.Modules.Core.Deadlines;

namespace Portal.Modules.Supervision.Data;

/// <summary>Where an obligation stands on the working-day calendar, as the last sweep found it.</summary>
public enum ObligationStatus
{
    Upcoming,

    /// <summary>Within the reminder window (default 3 working days).</summary>
    DueSoon,

    /// <summary>The due date has come, and no working day has passed since.</summary>
    Due,

    /// <summary>At least one working day after the due date has begun; a holiday after the due date does not count.</summary>
    Overdue,
    Met,

    /// <summary>The subject went away (a draft deleted, an announcement withdrawn): nothing is owed any more.</summary>
    Lapsed,
}

/// <summary>
/// One deadline a unit must meet: a row per (kind, subject, sequence). Sources of other modules report their
/// deadlines and the sweep keeps these rows in step; periodic ones (ledgers, the annual summary, later re-checks)
/// the sweep writes itself. Region columns are the responsible unit's, which is what supervisors oversee.
/// </summary>
public sealed class Obligation
{
    public long Id { get; set; }
    public ObligationKind Kind { get; set; }
    public required string SubjectId { get; set; }

    /// <summary>1 for what a source reports; a re-check chain counts on from there.</summary>
    public int Sequence { get; set; } = 1;

    public required string Title { get; set; }
    public int UnitId { get; set; }
    public required string UnitName { get; set; }
    public required string RegionCode { get; set; }
    public required string RegionPath { get; set; }
    public required string Role { get; set; }
    public required string Link { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public string? Tag { get; set; }

    /// <summary>When it was met: by the subject's own state, or by a recorded fulfilment.</summary>
    public DateOnly? MetOn { get; set; }

    /// <summary>A fulfilment recorded by the unit (a notification sent, a ledger submitted, a re-check done).</summary>
    public DateOnly? FulfilledOn { get; set; }
    public string? FulfilledBy { get; set; }
    public string? FulfilmentNote { get; set; }

    public ObligationStatus Status { get; set; }
    public DateOnly? LapsedOn { get; set; }

    /// <summary>Its status has become one that people hear about, and the sweep has not yet written their notices.</summary>
    public bool NoticePending { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Where the deadline sweep stands: which day it last reconciled everything, and when its last run began.</summary>
public sealed class SweepState
{
    public required string Name { get; set; }

    /// <summary>China date of the last sweep that read every subject; the first sweep of each day does.</summary>
    public DateOnly? FullOn { get; set; }

    /// <summary>When the last completed sweep began: the next one reads what changed since, less a margin.</summary>
    public DateTime? StartedAt { get; set; }
}

public enum NoticeKind
{
    /// <summary>To the unit's staff, within the reminder window.</summary>
    Reminder,

    /// <summary>To the unit's staff, on the due date.</summary>
    DueDay,

    /// <summary>To the supervisors of the level above, once overdue.</summary>
    Escalation,
}

/// <summary>That one person is to hear about one obligation once; the daily digest collects these into one e-mail.</summary>
public sealed class ObligationNotice
{
    public long Id { get; set; }
    public long ObligationId { get; set; }
    public NoticeKind Kind { get; set; }
    public required string UserId { get; set; }
    public DateOnly CreatedOn { get; set; }

    /// <summary>When a digest took it up; null while it waits for one.</summary>
    public DateOnly? SettledOn { get; set; }

    /// <summary>The digest that carried it; null when its deadline was met before a digest went out.</summary>
    public long? MailId { get; set; }
}

/// <summary>
/// A record in the credit feed (002 一(二)): an enterprise listed for a missed exit or rectification deadline or a
/// refusal to rectify, then each later change of its status, delivered in order to the configured sink.
/// </summary>
public sealed class CreditRecord
{
    public long Id { get; set; }
    public required string SubjectId { get; set; }
    public CreditState State { get; set; }
    public required string EnterpriseName { get; set; }
    public required string CreditCode { get; set; }
    public required string List { get; set; }
    public required string Reason { get; set; }
    public required string Authority { get; set; }
    public DateOnly DecidedOn { get; set; }
    public DateOnly? DeadlineOn { get; set; }
    public DateOnly StateOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public string? LastError { get; set; }
    public string? ClaimToken { get; set; }
    public DateTime? ClaimedUntil { get; set; }
}

/// <summary>
/// A supervisor's 催办 of the responsible unit over one deadline (seed 002 三: the leading group supervises and urges
/// the units that fall behind). It stays before the unit, on its desk or queue, until the deadline is met or lapses.
/// </summary>
public sealed class ObligationUrging
{
    public long Id { get; set; }
    public long ObligationId { get; set; }
    public required string Note { get; set; }
    public required string UrgedBy { get; set; }
    public required string UrgedByUnit { get; set; }
    public DateTime UrgedAt { get; set; }
}
