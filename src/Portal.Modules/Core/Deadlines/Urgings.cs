namespace Portal.Modules.Core.Deadlines;

/// <summary>A supervisor's 催办 (urging) of a unit over one deadline: the note, who sent it, and whether the unit has acted.</summary>
/// <param name="Open">The deadline is still neither met nor gone: the unit has yet to act.</param>
public sealed record Urging(
    long Id,
    string KindTitle,
    string Title,
    string Link,
    DateOnly DueOn,
    string Note,
    string UrgedBy,
    string UrgedByUnit,
    DateTime UrgedAt,
    bool Open);

/// <summary>Where urgings come from (the supervision module); the desk and the queue show them without knowing its tables.</summary>
public interface IUrgingSource
{
    /// <summary>The urgings a unit has not yet acted on, newest first.</summary>
    Task<IReadOnlyList<Urging>> OpenForUnitAsync(int unitId, CancellationToken cancellationToken);

    /// <summary>Every urging about one subject (an announcement, a report), newest first, acted on or not.</summary>
    Task<IReadOnlyList<Urging>> ForSubjectAsync(IReadOnlyCollection<ObligationKind> kinds, string subjectId, CancellationToken cancellationToken);
}

/// <summary>The urgings of every source; none when no module supervises.</summary>
public sealed class Urgings(IEnumerable<IUrgingSource> sources)
{
    public async Task<IReadOnlyList<Urging>> OpenForUnitAsync(int unitId, CancellationToken cancellationToken)
    {
        var found = new List<Urging>();
        foreach (var source in sources)
        {
            found.AddRange(await source.OpenForUnitAsync(unitId, cancellationToken));
        }
        return [.. found.OrderByDescending(u => u.UrgedAt)];
    }

    public async Task<IReadOnlyList<Urging>> ForSubjectAsync(IReadOnlyCollection<ObligationKind> kinds, string subjectId, CancellationToken cancellationToken)
    {
        var found = new List<Urging>();
        foreach (var source in sources)
        {
            found.AddRange(await source.ForSubjectAsync(kinds, subjectId, cancellationToken));
        }
        return [.. found.OrderByDescending(u => u.UrgedAt)];
    }
}
