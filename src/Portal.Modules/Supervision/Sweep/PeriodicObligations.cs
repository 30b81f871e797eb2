using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>
/// The dates every lead department keeps whatever its cases (the campaign's ledgers, plans and annual summary, from
/// the modules that own them). Written a few weeks ahead, never for dates already past, so a new installation does not
/// start with a wall of overdue ledgers nobody could have sent through it.
/// </summary>
public sealed class PeriodicObligations(PortalDbContext db, IEnumerable<IPeriodicObligationSource> sources)
{
    public async Task<int> EnsureAsync(DateOnly today, int lookaheadDays, WorkingDayRules calendar, RegionTree regions, DateTime now, CancellationToken cancellationToken)
    {
        if (lookaheadDays <= 0)
        {
            return 0;
        }
        var horizon = today.AddDays(lookaheadDays);
        var periods = Enumerable.Range(today.Year - 1, 3)
            .SelectMany(y => sources.SelectMany(s => s.PeriodsOf(y, calendar)))
            .Where(p => p.DueOn >= today && p.DueOn <= horizon)
            .ToList();
        if (periods.Count == 0)
        {
            return 0;
        }
        var units = await db.DepartmentUnits.AsNoTracking().Where(u => u.KindCode == DepartmentKinds.Industry).ToListAsync(cancellationToken);
        var kinds = periods.Select(p => p.Kind).Distinct().ToList();
        var present = (await db.Obligations().AsNoTracking()
                .Where(o => kinds.Contains(o.Kind))
                .Select(o => new { o.Kind, o.SubjectId })
                .ToListAsync(cancellationToken))
            .Select(o => (o.Kind, o.SubjectId))
            .ToHashSet();
        var added = 0;
        foreach (var period in periods)
        {
            foreach (var unit in units)
            {
                if (regions.Find(unit.RegionCode) is not { } region || period.Level != region.Level || !present.Add((period.Kind, period.SubjectOf(unit.Id))))
                {
                    continue;
                }
                db.Obligations().Add(Row(period, unit, region, today, now));
                added++;
            }
        }
        return added;
    }

    internal static Obligation Row(PeriodicObligation period, DepartmentUnit unit, Region region, DateOnly today, DateTime now) => new()
    {
        Kind = period.Kind,
        SubjectId = period.SubjectOf(unit.Id),
        Title = period.Title,
        UnitId = unit.Id,
        UnitName = unit.Name,
        RegionCode = region.Code,
        RegionPath = region.Path,
        Role = Roles.Editor,
        Link = "/backoffice/obligations",
        StartedOn = today,
        DueOn = period.DueOn,
        Status = ObligationStatus.Upcoming,
        CreatedAt = now,
        UpdatedAt = now,
    };
}

/// <summary>A periodic obligation met by a record of another module (a ledger submission accepted by the level above).</summary>
public sealed class PeriodicFulfilment(PortalDbContext db, RegionDirectory regions, TimeProvider clock) : IObligationFulfilment
{
    public async Task FulfilAsync(PeriodicObligation period, int unitId, DateOnly metOn, string by, string note, CancellationToken cancellationToken)
    {
        var subject = period.SubjectOf(unitId);
        var now = clock.GetUtcNow().UtcDateTime;
        var obligation = await db.Obligations().SingleOrDefaultAsync(o => o.Kind == period.Kind && o.SubjectId == subject && o.Sequence == 1, cancellationToken);
        if (obligation is null)
        {
            // Met before the sweep wrote it (a plan sent up weeks early): written now, already met.
            var unit = await db.DepartmentUnits.AsNoTracking().SingleAsync(u => u.Id == unitId, cancellationToken);
            var region = (await regions.GetAsync(cancellationToken)).Find(unit.RegionCode)!;
            obligation = PeriodicObligations.Row(period, unit, region, metOn, now);
            db.Obligations().Add(obligation);
        }
        if (obligation.MetOn is not null)
        {
            return;
        }
        obligation.FulfilledOn = metOn;
        obligation.FulfilledBy = by;
        obligation.FulfilmentNote = note;
        obligation.MetOn = metOn;
        obligation.Status = ObligationStatus.Met;
        obligation.NoticePending = false;
        obligation.UpdatedAt = now;
    }
}
