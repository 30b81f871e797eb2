using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Sweep;

namespace Portal.Modules.Supervision.Obligations;

/// <summary>Which obligations a figure counts; the dashboard and its drill-down share it, so a number and its rows agree.</summary>
public enum ObligationState
{
    All,
    Open,
    DueSoon,
    Overdue,

    /// <summary>Met, or overdue: the ones whose timeliness is known.</summary>
    Decided,
    Met,
    MetOnTime,
    MetLate,
}

public sealed record ObligationFilter(
    ObligationKind? Kind = null,
    ObligationState State = ObligationState.All,
    int? UnitId = null,
    string? Tag = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    bool OwnLevel = false)
{
    /// <summary>The query string of the drill-down page and API for this filter.</summary>
    public string ToQuery(string regionCode)
    {
        var parts = new List<string> { $"regionCode={regionCode}" };
        if (Kind is { } kind)
        {
            parts.Add($"kind={kind.Wire}");
        }
        if (State != ObligationState.All)
        {
            parts.Add($"state={WireValue.Of(State)}");
        }
        if (UnitId is { } unit)
        {
            parts.Add($"unitId={unit}");
        }
        if (Tag is not null)
        {
            parts.Add($"tag={Uri.EscapeDataString(Tag)}");
        }
        if (DueFrom is { } from)
        {
            parts.Add($"dueFrom={from:yyyy-MM-dd}");
        }
        if (DueTo is { } to)
        {
            parts.Add($"dueTo={to:yyyy-MM-dd}");
        }
        if (OwnLevel)
        {
            parts.Add("ownLevel=true");
        }
        return string.Join("&", parts);
    }
}

/// <summary>An obligation with its standing worked out for today.</summary>
public sealed record ObligationRow(Obligation Obligation, int OverdueWorkingDays, int? WorkingDaysLeft, int? HandlingWorkingDays)
{
    public bool Overdue => OverdueWorkingDays > 0;
    public bool Met => Obligation.MetOn is not null;
    public bool MetOnTime => Obligation.MetOn is { } met && met <= Obligation.DueOn;
}

public sealed class ObligationQuery(PortalDbContext db, WorkingDayCalendar calendar, IOptions<SupervisionOptions> options, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>Every obligation under the region path that matches, lapsed ones aside, most urgent first.</summary>
    public async Task<IReadOnlyList<ObligationRow>> FindAsync(string regionPath, ObligationFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Base(regionPath, filter).ToListAsync(cancellationToken);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        return Evaluate(rows, rules, Today).Where(r => Matches(r, filter.State, options.Value.ReminderWorkingDays)).ToList();
    }

    public IQueryable<Obligation> Base(string regionPath, ObligationFilter filter)
    {
        var query = db.Obligations().AsNoTracking().Where(o => o.RegionPath.StartsWith(regionPath) && o.Status != ObligationStatus.Lapsed);
        if (filter.OwnLevel)
        {
            query = query.Where(o => o.RegionPath == regionPath);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (filter.UnitId is { } unit)
        {
            query = query.Where(o => o.UnitId == unit);
        }
        if (filter.Tag is { } tag)
        {
            query = query.Where(o => o.Tag == tag);
        }
        if (filter.DueFrom is { } from)
        {
            query = query.Where(o => o.DueOn >= from);
        }
        if (filter.DueTo is { } to)
        {
            query = query.Where(o => o.DueOn <= to);
        }
        return filter.State switch
        {
            ObligationState.Open or ObligationState.DueSoon or ObligationState.Overdue => query.Where(o => o.MetOn == null),
            ObligationState.Met or ObligationState.MetOnTime or ObligationState.MetLate => query.Where(o => o.MetOn != null),
            _ => query,
        };
    }

    public static IEnumerable<ObligationRow> Evaluate(IEnumerable<Obligation> rows, WorkingDayRules rules, DateOnly today) =>
        rows.Select(o =>
            {
                var overdue = o.MetOn is null ? ObligationClock.OverdueWorkingDays(rules, o.DueOn, today) : 0;
                int? left = o.MetOn is null && today <= o.DueOn ? rules.WorkingDaysBetween(today, o.DueOn) : null;
                int? handling = o.MetOn is { } met ? Math.Max(0, rules.WorkingDaysBetween(o.StartedOn, met)) : null;
                return new ObligationRow(o, overdue, left, handling);
            })
            .OrderByDescending(r => r.OverdueWorkingDays)
            .ThenBy(r => r.Met)
            .ThenBy(r => r.Obligation.DueOn)
            .ThenBy(r => r.Obligation.Id);

    public bool Matches(ObligationRow row, ObligationState state) => Matches(row, state, options.Value.ReminderWorkingDays);

    public static bool Matches(ObligationRow row, ObligationState state, int reminderWorkingDays) => state switch
    {
        ObligationState.Open => !row.Met,
        ObligationState.DueSoon => !row.Met && row.WorkingDaysLeft is { } left && left <= reminderWorkingDays,
        ObligationState.Overdue => row.Overdue,
        ObligationState.Decided => row.Met || row.Overdue,
        ObligationState.Met => row.Met,
        ObligationState.MetOnTime => row.MetOnTime,
        ObligationState.MetLate => row.Met && !row.MetOnTime,
        _ => true,
    };
}
