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
/// The reporting dates every lead department keeps, whatever its cases: ledgers in early July, October and January
/// from counties and cities, the annual summary on 15 December from cities (000_6ff842427b64bf71.txt,
/// 002_aa3e6ff6d4b81995.txt). Written a few weeks ahead, never for dates already past, so a new installation does not
/// start with a wall of overdue ledgers nobody could have sent through it.
/// </summary>
public sealed class PeriodicObligations(PortalDbContext db)
{
    public sealed record Period(ObligationKind Kind, string SubjectId, string Title, DateOnly DueOn, RegionLevel[] Levels);

    /// <summary>
    /// "7月上旬、10月上旬、下年1月上旬" is taken as the 10th; "12月15日（遇休息日顺延）" moves to the next working day,
    /// and so do the ledger dates, so nothing falls due on a day the office is closed.
    /// </summary>
    public static IEnumerable<Period> PeriodsAround(int year, WorkingDayRules calendar)
    {
        RegionLevel[] ledgerLevels = [RegionLevel.City, RegionLevel.County];
        foreach (var (month, quarter, reportYear) in new[] { (7, "第二季度", year), (10, "第三季度", year), (1, "第四季度", year - 1) })
        {
            var due = calendar.OnOrNextWorkingDay(new DateOnly(year, month, 10));
            var label = $"{reportYear}年{quarter}";
            yield return new Period(SupervisionObligations.QuarterlyLedger, $"{year}-{month:00}", string.Format(SupervisionText.QuarterlyLedgerTitle, label), due, ledgerLevels);
        }
        yield return new Period(SupervisionObligations.AnnualSummary, $"{year}", string.Format(SupervisionText.AnnualSummaryTitle, year),
            calendar.OnOrNextWorkingDay(new DateOnly(year, 12, 15)), [RegionLevel.City]);
    }

    public async Task<int> EnsureAsync(DateOnly today, int lookaheadDays, WorkingDayRules calendar, RegionTree regions, DateTime now, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(lookaheadDays);
        var periods = Enumerable.Range(today.Year, 2)
            .SelectMany(y => PeriodsAround(y, calendar))
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
                if (regions.Find(unit.RegionCode) is not { } region || !period.Levels.Contains(region.Level)
                    || !present.Add((period.Kind, SubjectOf(period, unit.Id))))
                {
                    continue;
                }
                db.Obligations().Add(new Obligation
                {
                    Kind = period.Kind,
                    SubjectId = SubjectOf(period, unit.Id),
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
                });
                added++;
            }
        }
        return added;
    }

    /// <summary>Each unit owes its own ledger, so the unit is part of the subject: 2026-07@123.</summary>
    private static string SubjectOf(Period period, int unitId) => $"{period.SubjectId}@{unitId}";
}
