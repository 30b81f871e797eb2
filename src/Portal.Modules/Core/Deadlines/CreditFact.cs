namespace Portal.Modules.Core.Deadlines;

/// <summary>Where an enterprise stands in the credit feed (002 一(二): push, then keep the joint-punishment follow-up current).</summary>
public enum CreditState
{
    /// <summary>Missed its exit or rectification deadline, or refused to rectify and was closed.</summary>
    Listed,

    /// <summary>The exit or rectification was later completed and accepted.</summary>
    Completed,

    /// <summary>The announcement that listed it was withdrawn.</summary>
    Revoked,
}

/// <summary>
/// An enterprise in the credit feed as the disclosure module sees it now. The credit push keeps one record per state
/// a subject reaches, so each change is pushed once, in order.
/// </summary>
/// <param name="SubjectId">The announcement whose deadline or decision this is.</param>
/// <param name="List">The list's wire value (docs/api.md `list`).</param>
/// <param name="Authority">The deciding department or government.</param>
/// <param name="DecidedOn">When the enterprise entered the feed: the day after the missed deadline, or the closure's publication.</param>
/// <param name="StateOn">When it reached <paramref name="State"/>.</param>
public sealed record CreditFact(
    string SubjectId,
    string EnterpriseName,
    string CreditCode,
    string List,
    string Reason,
    string Authority,
    DateOnly DecidedOn,
    DateOnly? DeadlineOn,
    CreditState State,
    DateOnly StateOn);
