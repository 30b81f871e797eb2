using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
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
    public IReadOnlyCollection<ObligationKind> Kinds { get; } = [ReportObligations.Acceptance, ReportObligations.Verification];

    public async Task<IReadOnlyList<long>> SubjectsAsync(SubjectQuery query, CancellationToken cancellationToken)
    {
        var after = (int)query.After;
        var reports = db.Reports().AsNoTracking().Where(r => r.Id > after);
        if (query.ChangedSince is { } since)
        {
            // Reports keep dates only (docs/architecture.md, "Protecting people who report"): everything changed on the
            // day of the previous sweep or later is read again.
            var day = ChinaTime.DateOf(since.UtcDateTime);
            reports = reports.Where(r => r.ChangedOn >= day);
        }
        var ordered = reports.OrderBy(r => r.Id);
        return await (query.Limit == int.MaxValue ? ordered : ordered.Take(query.Limit)).Select(r => (long)r.Id).ToListAsync(cancellationToken);
    }

    public async Task<ObligationBatch> CollectAsync(IReadOnlyList<long> subjects, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = subjects.Select(i => (int)i).ToList();
        var rows = await db.Reports().AsNoTracking()
            .Where(r => EF.Parameter(ids).Contains(r.Id) && r.UnitId != null && r.AcceptDueOn != null)
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
            facts.Add(new ObligationFact(ReportObligations.Acceptance, id, title, r.UnitId!.Value, routedOn, r.AcceptDueOn!.Value,
                r.AcceptedOn ?? r.ClosedOn, link, Roles.Handler, tag));
            if ((r.ExtendedTo ?? r.ConcludeDueOn) is { } concludeBy)
            {
                facts.Add(new ObligationFact(ReportObligations.Verification, id, title, r.UnitId.Value, routedOn, concludeBy,
                    r.ConcludedOn ?? r.ClosedOn, link, Roles.Handler, tag));
            }
        }
        return new ObligationBatch(ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(), facts, []);
    }
}
