using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Urging;

/// <summary>The urgings kept on deadlines, for the desk and the queue of the unit urged (through Core's <see cref="IUrgingSource"/>).</summary>
public sealed class UrgingSource(PortalDbContext db, ObligationKinds kinds) : IUrgingSource
{
    /// <summary>An urging binds the unit until its deadline is met or goes away.</summary>
    public static bool IsOpen(Obligation o) => o.MetOn == null && o.Status != ObligationStatus.Met && o.Status != ObligationStatus.Lapsed;

    private static readonly Expression<Func<Obligation, bool>> Open =
        o => o.MetOn == null && o.Status != ObligationStatus.Met && o.Status != ObligationStatus.Lapsed;

    /// <summary>A deadline a supervisor may look at and urge on: one of a unit in their region subtree (any, for an administrator).</summary>
    public async Task<Core.Common.Outcome<Obligation>> OverseenAsync(long obligationId, Core.Staff.StaffContext actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(Core.Staff.Permissions.Supervise))
        {
            return Core.Common.Outcome<Obligation>.Forbidden(SupervisionText.OnlySupervisors);
        }
        var obligation = await db.Obligations().AsNoTracking().SingleOrDefaultAsync(o => o.Id == obligationId, cancellationToken);
        if (obligation is null)
        {
            return Core.Common.Outcome<Obligation>.NotFound(SupervisionText.ObligationNotFound);
        }
        return actor.IsIn(Core.Staff.Roles.Admin) || actor.Oversees(obligation.RegionCode)
            ? Core.Common.Outcome<Obligation>.Ok(obligation)
            : Core.Common.Outcome<Obligation>.Forbidden(string.Format(SupervisionText.RegionOutside, obligation.RegionCode));
    }

    public async Task<IReadOnlyList<Core.Deadlines.Urging>> OpenForUnitAsync(int unitId, CancellationToken cancellationToken) =>
        await ReadAsync(db.Obligations().Where(o => o.UnitId == unitId).Where(Open), cancellationToken);

    public async Task<IReadOnlyList<Core.Deadlines.Urging>> ForSubjectAsync(IReadOnlyCollection<ObligationKind> kindsOfSubject, string subjectId,
        CancellationToken cancellationToken) =>
        await ReadAsync(db.Obligations().Where(o => o.SubjectId == subjectId && kindsOfSubject.Contains(o.Kind)), cancellationToken);

    public async Task<IReadOnlyList<Core.Deadlines.Urging>> ForObligationAsync(long obligationId, CancellationToken cancellationToken) =>
        await ReadAsync(db.Obligations().Where(o => o.Id == obligationId), cancellationToken);

    private async Task<IReadOnlyList<Core.Deadlines.Urging>> ReadAsync(IQueryable<Obligation> obligations, CancellationToken cancellationToken)
    {
        var rows = await db.ObligationUrgings().AsNoTracking()
            .Join(obligations.AsNoTracking(), u => u.ObligationId, o => o.Id, (u, o) => new { Urging = u, Obligation = o })
            .OrderByDescending(x => x.Urging.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => new Core.Deadlines.Urging(x.Urging.Id, kinds.TitleOf(x.Obligation.Kind), x.Obligation.Title, x.Obligation.Link,
            x.Obligation.DueOn, x.Urging.Note, x.Urging.UrgedBy, x.Urging.UrgedByUnit, x.Urging.UrgedAt, IsOpen(x.Obligation)))];
    }
}
