namespace Portal.Modules.Core.Deadlines;

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

/// <summary>
/// A module that owns deadlines. The supervision sweep asks each source for its subjects in bounded batches: every
/// subject on the first sweep of a day, afterwards only those changed since the previous sweep (docs/architecture.md,
/// "Jobs"). No batch puts more than <see cref="SubjectQuery.FillBatch"/> values into one statement, which keeps
/// far below SQLite's limit of 32,766 parameters at any size of history.
/// </summary>
public interface IObligationSource
{
    /// <summary>The kinds this source reports in full: a row of these kinds whose subject no longer reports it has lapsed.</summary>
    IReadOnlyCollection<ObligationKind> Kinds { get; }

    /// <summary>
    /// The next subject ids after <see cref="SubjectQuery.After"/>, in ascending order, at most <see cref="SubjectQuery.Limit"/>
    /// (the changed ones are asked for whole, with no limit).
    /// </summary>
    Task<IReadOnlyList<long>> SubjectsAsync(SubjectQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// What these subjects owe now. A source may add subjects that depend on them (the notice a result ends); the batch
    /// names every subject it answered for, so that a row of one that owes nothing any more lapses.
    /// </summary>
    Task<ObligationBatch> CollectAsync(IReadOnlyList<long> subjects, DateOnly today, CancellationToken cancellationToken);
}

/// <param name="ChangedSince">Only subjects that changed at or after this moment; null for all.</param>
public sealed record SubjectQuery(DateOnly Today, DateTimeOffset? ChangedSince, long After, int Limit)
{
    public const int MaxBatch = 500;

    /// <summary>
    /// Subjects in a batch of a sweep that fills empty tables on PostgreSQL (the first sweep of a history), where nothing
    /// is looked up per subject: each batch ends waiting for the server to finish its rows, and fewer, larger batches wait
    /// less often (first sweep of 200,000 announcements: 19–24 s in batches of 500, 16–18 s in batches of 2,000). SQLite
    /// has no such wait and was no faster (15.4–17.5 against 12.4–16.2 s), and a sweep that looks rows up keeps
    /// <see cref="MaxBatch"/>: its next-day pass was slower in batches of 2,000.
    /// </summary>
    public const int FillBatch = 2000;
}

/// <param name="Subjects">Every subject answered for, as <see cref="ObligationFact.SubjectId"/>.</param>
/// <param name="Credit">The credit-feed records these subjects call for (002 一(二)); empty for a source without any.</param>
public sealed record ObligationBatch(IReadOnlyCollection<string> Subjects, IReadOnlyList<ObligationFact> Facts, IReadOnlyList<CreditFact> Credit);
