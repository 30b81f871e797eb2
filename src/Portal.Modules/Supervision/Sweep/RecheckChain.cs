using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>Part of the deadline sweep: the next link of every recurring obligation whose last link was met.</summary>
public sealed class RecheckChain(PortalDbContext db, ObligationKinds kinds)
{
    /// <summary>A kind that recurs (a sealed-equipment re-check, 001, 003: 定期复查), once recorded, owes the next one a period later.</summary>
    public async Task<int> ChainAsync(WorkingDayRules rules, DateTime now, CancellationToken cancellationToken)
    {
        var chained = 0;
        foreach (var recurring in kinds.All.Where(k => k.Next is not null))
        {
            var kind = recurring.Kind;
            var done = await db.Obligations().AsNoTracking()
                .Where(o => o.Kind == kind && o.FulfilledOn != null && o.Status != ObligationStatus.Lapsed
                    && !db.Obligations().Any(n => n.Kind == o.Kind && n.SubjectId == o.SubjectId && n.Sequence == o.Sequence + 1))
                .ToListAsync(cancellationToken);
            foreach (var row in done)
            {
                var first = await db.Obligations().AsNoTracking()
                    .Where(o => o.Kind == row.Kind && o.SubjectId == row.SubjectId && o.Sequence == 1).Select(o => o.Title).FirstOrDefaultAsync(cancellationToken) ?? row.Title;
                db.Obligations().Add(new Obligation
                {
                    Kind = row.Kind,
                    SubjectId = row.SubjectId,
                    Sequence = row.Sequence + 1,
                    Title = string.Format(recurring.NextTitle ?? "{0}", first, row.Sequence + 1),
                    UnitId = row.UnitId,
                    UnitName = row.UnitName,
                    RegionCode = row.RegionCode,
                    RegionPath = row.RegionPath,
                    Role = row.Role,
                    Link = row.Link,
                    StartedOn = row.FulfilledOn!.Value,
                    DueOn = recurring.Next!(rules, row.FulfilledOn!.Value),
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
            chained += done.Count;
        }
        return chained;
    }
}
