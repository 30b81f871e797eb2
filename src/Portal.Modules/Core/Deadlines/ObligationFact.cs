namespace Portal.Modules.Core.Deadlines;

/// <summary>The deadlines of docs/domain.md that supervision watches, by their wire values (docs/api.md `kind`).</summary>
public enum ObligationKind
{
    /// <summary>公示/公告 within 10 working days of the inspection or acceptance (002 一(三)).</summary>
    Publication,

    /// <summary>情况通报 to the lead and related departments within 15 working days of each phase (002 二(一)).</summary>
    Notification,

    /// <summary>The enterprise's own deadline to rectify or exit, with its extension; the unit checks it was met.</summary>
    EnterpriseDeadline,

    /// <summary>A routed report signed for within 3 working days.</summary>
    ReportAcceptance,

    /// <summary>An accepted report verified and concluded within 15 working days (限期核查, 003, 004).</summary>
    ReportVerification,

    /// <summary>Sealed equipment re-checked so that it does not come back (死灰复燃, 001, 003).</summary>
    SealedRecheck,

    /// <summary>Ledgers updated and sent up in early July, October and January (000, 002).</summary>
    QuarterlyLedger,

    /// <summary>The annual summary, 15 December or the next working day (遇休息日顺延, 000, 002).</summary>
    AnnualSummary,
}

/// <summary>
/// One deadline as the module that owns its subject sees it now. The supervision sweep turns these into obligation
/// rows; a module reports every deadline it knows each time, so a missed update corrects itself on the next sweep.
/// </summary>
/// <param name="SubjectId">The subject's public identifier within its kind (an announcement id, a report's tracking code).</param>
/// <param name="Title">What a supervisor reads in a list, in Chinese.</param>
/// <param name="UnitId">The department unit that must act.</param>
/// <param name="MetOn">When the obligation was met, by the subject's own state; null while it is open.</param>
/// <param name="Link">The back-office page of the subject.</param>
/// <param name="Role">Who at the unit is reminded: editors for publications, handlers for reports.</param>
/// <param name="StartedOn">When the clock started (the inspection, the day a report was routed), for handling times.</param>
/// <param name="Tag">A property supervisors count by, e.g. <see cref="ObligationTags.RealName"/>.</param>
public sealed record ObligationFact(ObligationKind Kind, string SubjectId, string Title, int UnitId, DateOnly StartedOn, DateOnly DueOn, DateOnly? MetOn, string Link, string Role, string? Tag = null);

public static class ObligationTags
{
    /// <summary>A real-name report: every one must be checked (实名举报做到有报必查, 003).</summary>
    public const string RealName = "real-name";
}

/// <summary>A module that owns deadlines; the supervision sweep asks every source on each run.</summary>
public interface IObligationSource
{
    /// <summary>The kinds this source reports in full: a row of these kinds that it no longer reports has lapsed.</summary>
    IReadOnlyCollection<ObligationKind> Kinds { get; }

    Task<IReadOnlyList<ObligationFact>> CollectAsync(DateOnly today, CancellationToken cancellationToken);
}
