using Portal.Modules.Core.Deadlines;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>The campaign's own reporting dates, which every industry department owes (000_6ff842427b64bf71.txt, 002).</summary>
public sealed class SupervisionObligations : IObligationKindProvider
{
    /// <summary>Ledgers updated and sent up in early July, October and January.</summary>
    public static readonly ObligationKind QuarterlyLedger = new("QuarterlyLedger");

    /// <summary>The annual summary, 15 December or the next working day (遇休息日顺延).</summary>
    public static readonly ObligationKind AnnualSummary = new("AnnualSummary");

    public IEnumerable<ObligationKindDefinition> Kinds =>
    [
        new(QuarterlyLedger, SupervisionText.ObligationQuarterlyLedger, 70, FulfilledByHand: true),
        new(AnnualSummary, SupervisionText.ObligationAnnualSummary, 80, FulfilledByHand: true),
    ];
}
