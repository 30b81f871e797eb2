using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Deadlines;

/// <summary>
/// A routed report's two clocks for the supervision sweep: signed for within 3 working days, then checked and
/// concluded within 15 (限期核查, 003_a62c557d70314b83.txt, 004_be15973da87228dd.txt), at the unit that holds it now.
/// Real-name reports are tagged: every one must be checked (实名举报做到有报必查, 003).
/// </summary>
public sealed class ReportDeadlines(PortalDbContext db) : IObligationSource
{
    public IReadOnlyCollection<ObligationKind> Kinds { get; } = [ObligationKind.ReportAcceptance, ObligationKind.ReportVerification];

    public async Task<IReadOnlyList<ObligationFact>> CollectAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.Reports().AsNoTracking()
            .Where(r => r.UnitId != null && r.AcceptDueOn != null)
            .Select(r => new { r.Id, r.Category, r.EnterpriseName, r.RealName, r.UnitId, r.RoutedOn, r.AcceptDueOn, r.AcceptedOn, r.ConcludeDueOn, r.ExtendedTo, r.ConcludedOn, r.ClosedOn })
            .ToListAsync(cancellationToken);
        var facts = new List<ObligationFact>();
        foreach (var r in rows)
        {
            var id = r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var title = string.Format(ReportsText.ObligationTitle, ReportWords.Category(r.Category), r.EnterpriseName, r.Id);
            var link = $"/backoffice/reports/{r.Id}";
            var tag = r.RealName ? ObligationTags.RealName : null;
            var routedOn = r.RoutedOn ?? r.AcceptDueOn!.Value;
            facts.Add(new ObligationFact(ObligationKind.ReportAcceptance, id, title, r.UnitId!.Value, routedOn, r.AcceptDueOn!.Value,
                r.AcceptedOn ?? r.ClosedOn, link, Roles.Handler, tag));
            if ((r.ExtendedTo ?? r.ConcludeDueOn) is { } concludeBy)
            {
                facts.Add(new ObligationFact(ObligationKind.ReportVerification, id, title, r.UnitId.Value, routedOn, concludeBy,
                    r.ConcludedOn ?? r.ClosedOn, link, Roles.Handler, tag));
            }
        }
        return facts;
    }
}
