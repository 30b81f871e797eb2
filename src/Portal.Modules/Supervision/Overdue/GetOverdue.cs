using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Sweep;

namespace Portal.Modules.Supervision.Overdue;

/// <summary>
/// GET /api/v1/supervision/overdue?regionCode= (docs/api.md): the open obligations of the units in that region's subtree
/// whose due date is at least one working day behind, counted live on the calendar rather than from the last sweep.
/// </summary>
public static class GetOverdue
{
    public sealed record Item(string Kind, string SubjectId, string Unit, DateOnly DueOn, int OverdueWorkingDays);

    public sealed class Handler(PortalDbContext db, SupervisedRegion scope, WorkingDayCalendar calendar, TimeProvider clock)
    {
        public async Task<Outcome<IReadOnlyList<Item>>> HandleAsync(StaffContext actor, string? regionCode, CancellationToken cancellationToken)
        {
            var region = await scope.ResolveAsync(actor, regionCode, cancellationToken);
            if (!region.Succeeded)
            {
                return region.Cast<IReadOnlyList<Item>>();
            }
            var today = ChinaTime.Today(clock);
            var rules = await calendar.GetRulesAsync(cancellationToken);
            var rows = await OpenPastDue(db, region.Value!.Path, today).ToListAsync(cancellationToken);
            IReadOnlyList<Item> items = rows
                .Select(o => new Item(o.Kind.Wire, o.SubjectId, o.UnitName, o.DueOn, ObligationClock.OverdueWorkingDays(rules, o.DueOn, today)))
                .Where(i => i.OverdueWorkingDays > 0)
                .OrderByDescending(i => i.OverdueWorkingDays)
                .ThenBy(i => i.Unit, StringComparer.Ordinal)
                .ThenBy(i => i.SubjectId, StringComparer.Ordinal)
                .ToList();
            return Outcome<IReadOnlyList<Item>>.Ok(items);
        }
    }

    /// <summary>Open and past their due date under a region path; whether a working day has passed is the caller's count.</summary>
    public static IQueryable<Obligation> OpenPastDue(PortalDbContext db, string regionPath, DateOnly today) =>
        db.Obligations().AsNoTracking()
            .Where(o => o.RegionPath.StartsWith(regionPath) && o.MetOn == null && o.Status != ObligationStatus.Lapsed && o.DueOn < today);
}
