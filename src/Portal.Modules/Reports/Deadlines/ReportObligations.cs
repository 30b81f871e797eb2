using Portal.Modules.Core.Deadlines;

namespace Portal.Modules.Reports.Deadlines;

/// <summary>The deadlines a routed report carries (docs/domain.md, "Reports").</summary>
public sealed class ReportObligations : IObligationKindProvider
{
    /// <summary>A routed report signed for within 3 working days.</summary>
    public static readonly ObligationKind Acceptance = new("ReportAcceptance");

    /// <summary>An accepted report verified and concluded within 15 working days (限期核查, 003, 004).</summary>
    public static readonly ObligationKind Verification = new("ReportVerification");

    /// <summary>A supervisor reads the report (never the reporter's identity) at this address.</summary>
    private static string Supervised(string reportId) => $"/backoffice/supervision/reports/{reportId}";

    /// <summary>Both kinds' subject id is the report's id, so that its page shows their urgings.</summary>
    public static readonly IReadOnlyCollection<ObligationKind> OfReport = [Acceptance, Verification];

    public IEnumerable<ObligationKindDefinition> Kinds =>
    [
        new(Acceptance, ReportsText.ObligationAcceptance, 40, Measure: ObligationMeasure.ReportAcceptance, SupervisorLink: Supervised),
        new(Verification, ReportsText.ObligationVerification, 50, Measure: ObligationMeasure.ReportVerification, SupervisorLink: Supervised),
    ];
}
