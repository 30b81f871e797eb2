using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Regions;
using Portal.Modules.Supervision.Credit;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>
/// The deadline sweep (job <c>deadline-sweep</c>): brings every obligation row in step with the modules that own the
/// deadlines, writes the periodic ones, works out on the working-day calendar which are due soon, due or overdue,
/// queues the reminders and escalations, and the credit-feed records. Everything it writes is keyed, so running it
/// twice changes nothing the second time; on several nodes only one runs it at a time.
/// </summary>
public sealed class DeadlineSweep(
    PortalDbContext db,
    IEnumerable<IObligationSource> sources,
    WorkingDayCalendar calendar,
    RegionDirectory regions,
    ExclusiveRun exclusive,
    PeriodicObligations periodic,
    Reminders reminders,
    CreditFeed credit,
    IOptions<SupervisionOptions> options,
    TimeProvider clock)
{
    public const string Name = "deadline-sweep";

    public sealed record Result(bool Ran, int Created, int Lapsed, int Overdue, int Notices, int Digests, int CreditRecords)
    {
        public string Summary => Ran
            ? $"新增期限 {Created}，撤销 {Lapsed}，逾期 {Overdue}，提醒 {Notices}，邮件 {Digests}，信用记录 {CreditRecords}"
            : "另一节点正在执行，本次跳过";
    }

    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        Result? result = null;
        var ran = await exclusive.TryRunAsync(Name, async () => result = await SweepAsync(cancellationToken), cancellationToken);
        return ran && result is not null ? result : new Result(false, 0, 0, 0, 0, 0, 0);
    }

    private async Task<Result> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var tree = await regions.GetAsync(cancellationToken);
        var units = await db.DepartmentUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);

        var owned = sources.SelectMany(s => s.Kinds).ToHashSet();
        var facts = new List<ObligationFact>();
        foreach (var source in sources)
        {
            facts.AddRange(await source.CollectAsync(today, cancellationToken));
        }

        var rows = await db.Obligations().Where(o => owned.Contains(o.Kind)).ToListAsync(cancellationToken);
        var byKey = rows.ToDictionary(o => (o.Kind, o.SubjectId, o.Sequence));
        var reported = new HashSet<(ObligationKind, string)>();
        var created = 0;
        foreach (var fact in facts)
        {
            if (!units.TryGetValue(fact.UnitId, out var unit) || tree.Find(unit.RegionCode) is not { } region || !reported.Add((fact.Kind, fact.SubjectId)))
            {
                continue;
            }
            if (!byKey.TryGetValue((fact.Kind, fact.SubjectId, 1), out var row))
            {
                row = new Obligation
                {
                    Kind = fact.Kind,
                    SubjectId = fact.SubjectId,
                    Title = fact.Title,
                    UnitId = unit.Id,
                    UnitName = unit.Name,
                    RegionCode = region.Code,
                    RegionPath = region.Path,
                    Role = fact.Role,
                    Link = fact.Link,
                    StartedOn = fact.StartedOn,
                    DueOn = fact.DueOn,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Obligations().Add(row);
                rows.Add(row);
                byKey[(row.Kind, row.SubjectId, row.Sequence)] = row;
                created++;
            }
            Follow(row, fact, unit.Name, region);
        }

        var lapsed = 0;
        foreach (var row in rows.Where(r => r.Status != ObligationStatus.Lapsed && !reported.Contains((r.Kind, r.SubjectId))))
        {
            row.Status = ObligationStatus.Lapsed;
            row.LapsedOn = today;
            lapsed++;
        }
        created += ChainRechecks(rows, byKey, rules, now);
        created += await periodic.EnsureAsync(today, options.Value.PeriodicLookaheadDays, rules, tree, now, cancellationToken);

        // The periodic rows are not reported by any source; their status moves here too.
        var open = await db.Obligations()
            .Where(o => !owned.Contains(o.Kind) && o.Status != ObligationStatus.Met && o.Status != ObligationStatus.Lapsed)
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Concat(open).Concat(db.ChangeTracker.Entries<Obligation>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)).Distinct())
        {
            if (row.Status != ObligationStatus.Lapsed)
            {
                row.MetOn ??= row.FulfilledOn;
                row.Status = ObligationClock.StatusOf(rules, row.DueOn, row.MetOn, today, options.Value.ReminderWorkingDays);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<Obligation>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var overdue = await db.Obligations().CountAsync(o => o.Status == ObligationStatus.Overdue, cancellationToken);
        var notices = await reminders.CreateNoticesAsync(today, tree, cancellationToken);
        var digests = await reminders.ComposeDigestsAsync(today, rules, cancellationToken);
        var creditRecords = await credit.RecordAsync(today, cancellationToken);
        return new Result(true, created, lapsed, overdue, notices, digests, creditRecords);
    }

    /// <summary>Keeps a row as its source now reports it: a transfer moves a report's deadline to its new unit.</summary>
    private static void Follow(Obligation row, ObligationFact fact, string unitName, Region region)
    {
        row.Title = fact.Title;
        row.UnitId = fact.UnitId;
        row.UnitName = unitName;
        row.RegionCode = region.Code;
        row.RegionPath = region.Path;
        row.Role = fact.Role;
        row.Link = fact.Link;
        row.StartedOn = fact.StartedOn;
        row.DueOn = fact.DueOn;
        row.Tag = fact.Tag;
        row.MetOn = fact.MetOn ?? row.FulfilledOn;
        if (row.Status == ObligationStatus.Lapsed)
        {
            // A withdrawn announcement published again owes its deadlines again.
            row.Status = ObligationStatus.Upcoming;
            row.LapsedOn = null;
        }
    }

    /// <summary>A sealed-equipment re-check, once recorded, owes the next one a period later (001, 003: 定期复查).</summary>
    private int ChainRechecks(List<Obligation> rows, Dictionary<(ObligationKind, string, int), Obligation> byKey, WorkingDayRules rules, DateTime now)
    {
        var added = 0;
        foreach (var done in rows.Where(r => r.Kind == ObligationKind.SealedRecheck && r.FulfilledOn is not null && r.Status != ObligationStatus.Lapsed).ToList())
        {
            if (byKey.ContainsKey((done.Kind, done.SubjectId, done.Sequence + 1)))
            {
                continue;
            }
            var first = byKey.TryGetValue((done.Kind, done.SubjectId, 1), out var head) ? head.Title : done.Title;
            var next = new Obligation
            {
                Kind = done.Kind,
                SubjectId = done.SubjectId,
                Sequence = done.Sequence + 1,
                Title = string.Format(SupervisionText.SealedRecheckAgain, first, done.Sequence + 1),
                UnitId = done.UnitId,
                UnitName = done.UnitName,
                RegionCode = done.RegionCode,
                RegionPath = done.RegionPath,
                Role = done.Role,
                Link = done.Link,
                StartedOn = done.FulfilledOn!.Value,
                DueOn = ObligationRules.NextSealedRecheck(rules, done.FulfilledOn!.Value),
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Obligations().Add(next);
            rows.Add(next);
            byKey[(next.Kind, next.SubjectId, next.Sequence)] = next;
            added++;
        }
        return added;
    }
}
