using Portal.Modules.Core.Deadlines;

namespace Portal.Modules.Disclosure.Deadlines;

/// <summary>The deadlines announcements carry (docs/domain.md, "Deadlines").</summary>
public sealed class DisclosureObligations : IObligationKindProvider
{
    /// <summary>公示/公告 within 10 working days of the inspection or acceptance (002_aa3e6ff6d4b81995.txt 一(三)).</summary>
    public static readonly ObligationKind Publication = new("Publication");

    /// <summary>情况通报 to the lead and related departments within 15 working days of each phase (002 二(一)).</summary>
    public static readonly ObligationKind Notification = new("Notification");

    /// <summary>The enterprise's own deadline to rectify or exit, with its extension; the unit checks it was met.</summary>
    public static readonly ObligationKind EnterpriseDeadline = new("EnterpriseDeadline");

    /// <summary>Sealed equipment re-checked so that it does not come back (死灰复燃, 001_58b80246c25f4b78.txt, 003).</summary>
    public static readonly ObligationKind SealedRecheck = new("SealedRecheck");

    /// <summary>The kinds whose subject id is the announcement's id, so that its page shows their urgings.</summary>
    public static readonly IReadOnlyCollection<ObligationKind> OfAnnouncement = [Publication, Notification, EnterpriseDeadline];

    /// <summary>Every kind's subject is an announcement, which a supervisor reads at the same address.</summary>
    private static string Supervised(string announcementId) => $"/backoffice/supervision/announcements/{announcementId}";

    public IEnumerable<ObligationKindDefinition> Kinds =>
    [
        new(Publication, DisclosureText.ObligationPublication, 10, Measure: ObligationMeasure.Publication, SupervisorLink: Supervised),
        new(Notification, DisclosureText.ObligationNotification, 20, FulfilledByHand: true, SupervisorLink: Supervised),
        new(EnterpriseDeadline, DisclosureText.ObligationEnterpriseDeadline, 30, SupervisorLink: Supervised),
        new(SealedRecheck, DisclosureText.ObligationSealedRecheck, 60, FulfilledByHand: true,
            Next: ObligationRules.NextSealedRecheck, NextTitle: DisclosureText.SealedRecheckAgain, SupervisorLink: Supervised),
    ];
}
