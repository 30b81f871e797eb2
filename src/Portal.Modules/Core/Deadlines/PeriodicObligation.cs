using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Deadlines;

/// <summary>
/// A date that every lead department of a level owes whatever its cases (a ledger, a plan, the annual summary): one
/// obligation row per unit, its subject <c>{SubjectId}@{unitId}</c>.
/// </summary>
/// <param name="SubjectId">The period, e.g. <c>2027-07</c>; the same for every unit of the level.</param>
public sealed record PeriodicObligation(ObligationKind Kind, string SubjectId, string Title, DateOnly DueOn, RegionLevel Level)
{
    public string SubjectOf(int unitId) => $"{SubjectId}@{unitId}";
}

/// <summary>A module's calendar of such dates, for the years around <c>year</c>'s (supervision writes them a few weeks ahead).</summary>
public interface IPeriodicObligationSource
{
    IEnumerable<PeriodicObligation> PeriodsOf(int year, WorkingDayRules calendar);
}

/// <summary>
/// Lets the module that owns a periodic obligation record it met (an accepted ledger submission) inside its own
/// transaction: the row is written if the sweep has not written it yet. Supervision answers it; nothing is saved here.
/// </summary>
public interface IObligationFulfilment
{
    Task FulfilAsync(PeriodicObligation period, int unitId, DateOnly metOn, string by, string note, CancellationToken cancellationToken);
}
