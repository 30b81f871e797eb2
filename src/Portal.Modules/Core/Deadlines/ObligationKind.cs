using System.Text.Json;
using Portal.Modules.Core.Calendar;

namespace Portal.Modules.Core.Deadlines;

/// <summary>
/// A kind of deadline that supervision watches, declared by the module that owns its subject (docs/domain.md). Stored
/// by its name (<c>ReportAcceptance</c>), shown to programs by its wire value (docs/api.md <c>kind</c>: <c>report-acceptance</c>).
/// </summary>
public readonly record struct ObligationKind(string Name)
{
    public string Wire => JsonNamingPolicy.KebabCaseLower.ConvertName(Name);

    public override string ToString() => Name;
}

/// <summary>What supervisors measure departments by; a kind feeds at most one measure.</summary>
public enum ObligationMeasure
{
    None,

    /// <summary>Publications within their 10 working days.</summary>
    Publication,

    /// <summary>Reports signed for in time.</summary>
    ReportAcceptance,

    /// <summary>Reports verified and concluded in time, and how long that took.</summary>
    ReportVerification,
}

/// <summary>Everything supervision needs to know about one kind of deadline, from the module that owns it.</summary>
/// <param name="Title">Its name in Chinese, as supervisors read it.</param>
/// <param name="Order">Its place in the supervisors' tables.</param>
/// <param name="FulfilledByHand">Met when the unit records it (a 情况通报 sent), not by its subject's own state.</param>
/// <param name="Next">For a kind that recurs once met (定期复查), when the next one is due after the last was met on a day.</param>
/// <param name="NextTitle">The recurring one's title: {0} the first one's, {1} its number.</param>
/// <param name="SupervisorLink">Where a supervisor over the unit reads the subject (read-only), from its subject id; the
/// unit's own link leads to pages only the unit may open.</param>
public sealed record ObligationKindDefinition(
    ObligationKind Kind,
    string Title,
    int Order,
    bool FulfilledByHand = false,
    ObligationMeasure Measure = ObligationMeasure.None,
    Func<WorkingDayRules, DateOnly, DateOnly>? Next = null,
    string? NextTitle = null,
    Func<string, string>? SupervisorLink = null);

/// <summary>A module's kinds of deadline.</summary>
public interface IObligationKindProvider
{
    IEnumerable<ObligationKindDefinition> Kinds { get; }
}

/// <summary>Every module's kinds of deadline, in the supervisors' order.</summary>
public sealed class ObligationKinds(IEnumerable<IObligationKindProvider> providers)
{
    public IReadOnlyList<ObligationKindDefinition> All { get; } = [.. providers.SelectMany(p => p.Kinds).OrderBy(k => k.Order)];

    public ObligationKindDefinition? Find(ObligationKind kind) => All.FirstOrDefault(k => k.Kind == kind);

    public string TitleOf(ObligationKind kind) => Find(kind)?.Title ?? kind.Name;

    public bool IsFulfilledByHand(ObligationKind kind) => Find(kind)?.FulfilledByHand == true;

    public string? SupervisorLinkOf(ObligationKind kind, string subjectId) => Find(kind)?.SupervisorLink?.Invoke(subjectId);

    public bool TryParse(string? wire, out ObligationKind kind)
    {
        var found = All.FirstOrDefault(k => string.Equals(k.Kind.Wire, wire?.Trim(), StringComparison.OrdinalIgnoreCase));
        kind = found?.Kind ?? default;
        return found is not null;
    }

    /// <summary>The kind that feeds a measure; where no module offers one, a kind no deadline has, so the measure counts nothing.</summary>
    public ObligationKind Measuring(ObligationMeasure measure) => All.FirstOrDefault(k => k.Measure == measure)?.Kind ?? new ObligationKind("none-" + measure);

    public string WireList => string.Join("、", All.Select(k => k.Kind.Wire));
}
