using System.Diagnostics;
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
/// The deadline sweep (job <c>deadline-sweep</c>): brings the obligation rows in step with the modules that own the
/// deadlines, writes the periodic ones, works out on the working-day calendar which are due soon, due or overdue,
/// queues the reminders and escalations, and the credit-feed records. The first sweep of a day reads every subject,
/// in batches; the others only what changed since the previous sweep (docs/architecture.md, "Jobs"). Everything it
/// writes is keyed, so running it twice changes nothing the second time; on several nodes one runs at a time.
/// </summary>
public sealed class DeadlineSweep(
    PortalDbContext db,
    IEnumerable<IObligationSource> sources,
    SourceFollower follower,
    RecheckChain rechecks,
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

    /// <summary>A change committed up to this long after the previous sweep began reading is still found by the next.</summary>
    public static readonly TimeSpan ChangeMargin = TimeSpan.FromMinutes(5);

    /// <param name="Work">When this sweep began its work, after any wait for another to finish, and how long it held the sweep's lock.</param>
    public sealed record Result(bool Ran, int Created, int Lapsed, int Overdue, int Notices, int Digests, int CreditRecords, bool Full = false,
        (DateTimeOffset StartedAt, TimeSpan Duration)? Work = null)
    {
        public string Summary => Ran
            ? $"{(Full ? "全量核对" : "增量")}：新增期限 {Created}，撤销 {Lapsed}，逾期 {Overdue}，提醒 {Notices}，邮件 {Digests}，信用记录 {CreditRecords}"
            : "另一节点正在执行，本次跳过";
    }

    /// <param name="wait">Wait for a sweep running elsewhere to finish, then sweep; otherwise leave the work to it.</param>
    public async Task<Result> RunAsync(bool wait, CancellationToken cancellationToken)
    {
        Result? result = null;
        async Task Sweep()
        {
            var startedAt = clock.GetUtcNow();
            var watch = Stopwatch.StartNew();
            result = await OnOneConnectionAsync(() => SweepAsync(startedAt, cancellationToken), cancellationToken);
            result = result with { Work = (startedAt, watch.Elapsed) };
        }
        if (wait)
        {
            await exclusive.WaitAndRunAsync(Name, Sweep, cancellationToken);
            return result!;
        }
        var ran = await exclusive.TryRunAsync(Name, Sweep, cancellationToken);
        return ran && result is not null ? result : new Result(false, 0, 0, 0, 0, 0, 0);
    }

    /// <summary>
    /// The whole sweep on one connection, which keeps the page cache BulkInsert gives it. On SQLite the WAL is copied
    /// back into the database after 10,000 pages written rather than 1,000: each transaction of the first sweep touches
    /// thousands of index pages, and checkpointing after every one wrote the same pages again and again (200,000
    /// announcements: 26–31 s, 24–25 s with this).
    /// </summary>
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint = 10000", cancellationToken);
            }
            return await work();
        }
        finally
        {
            // The connection goes back to the pool: the next user gets SQLite's default.
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint = 1000", CancellationToken.None);
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<Result> SweepAsync(DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var now = startedAt.UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var context = new SweepContext(today, now, await calendar.GetRulesAsync(cancellationToken), await regions.GetAsync(cancellationToken),
            await db.DepartmentUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken), new(db), new(db), options.Value.ReminderWorkingDays);
        var state = await db.SweepStates().SingleOrDefaultAsync(s => s.Name == Name, cancellationToken);
        var full = state?.FullOn != today || state.StartedAt is null;
        DateTimeOffset? since = full ? null : new DateTimeOffset(DateTime.SpecifyKind(state!.StartedAt!.Value, DateTimeKind.Utc)) - ChangeMargin;

        int created = 0, lapsed = 0, creditRecords = 0, notices = 0, overdue;
        // Per kind, every subject a full sweep heard of: a row of any other has vanished with its subject.
        Dictionary<ObligationKind, HashSet<string>>? seen = full ? [] : null;
        await credit.BeginAsync(cancellationToken);
        // The first sweep of a history fills these tables from nothing: their other indexes (and PostgreSQL's foreign
        // keys) are built once it has, and once the notices have cleared the flags of rows written before (periodic
        // ones): on PostgreSQL that writes a new version of each row into every index there is.
        await using (full ? await SecondaryIndexes.AsideWhileEmptyAsync<Obligation>(db, cancellationToken) : null)
        await using (full ? await SecondaryIndexes.AsideWhileEmptyAsync<CreditRecord>(db, cancellationToken) : null)
        {
            foreach (var source in sources)
            {
                var (c, l, r, n) = await follower.FollowAsync(source, since, seen, context, cancellationToken);
                created += c;
                lapsed += l;
                creditRecords += r;
                notices += n;
            }
            if (seen is { Count: > 0 })
            {
                lapsed += await LapseVanishedAsync(seen, today, cancellationToken);
            }
            created += await rechecks.ChainAsync(context.Rules, context.Now, cancellationToken);
            created += await periodic.EnsureAsync(today, options.Value.PeriodicLookaheadDays, context.Rules, context.Tree, now, cancellationToken);
            foreach (var added in db.ChangeTracker.Entries<Obligation>().Where(e => e.State == EntityState.Added))
            {
                context.SetStatus(added.Entity, isNew: true);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await MoveNearDueAsync(context, cancellationToken);

            overdue = await db.Obligations().CountAsync(o => o.Status == ObligationStatus.Overdue, cancellationToken);
            notices += options.Value.Reminders ? await reminders.CreateNoticesAsync(today, context.Tree, cancellationToken) : 0;
        }
        var digests = options.Value.Reminders ? await reminders.ComposeDigestsAsync(today, context.Rules, cancellationToken) : 0;

        state ??= db.SweepStates().Add(new SweepState { Name = Name }).Entity;
        if (db.Entry(state).State == EntityState.Detached)
        {
            db.SweepStates().Attach(state);
        }
        state.StartedAt = now;
        state.FullOn = full ? today : state.FullOn;
        await db.SaveChangesAsync(cancellationToken);
        return new Result(true, created, lapsed, overdue, notices, digests, creditRecords, full);
    }

    /// <summary>
    /// After reading every subject of every source: rows of subjects that exist no more (a deleted draft) have lapsed.
    /// One pass over the rows for all sources together.
    /// </summary>
    private async Task<int> LapseVanishedAsync(Dictionary<ObligationKind, HashSet<string>> seen, DateOnly today, CancellationToken cancellationToken)
    {
        var lapsed = 0;
        long after = 0;
        while (true)
        {
            // In key order alone: with the kind in the statement SQLite would take the kind's index and sort every page.
            var page = await db.Obligations().AsNoTracking()
                .Where(o => o.Id > after)
                .OrderBy(o => o.Id).Take(5000).Select(o => new { o.Id, o.Kind, o.SubjectId, o.Status }).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return lapsed;
            }
            after = page[^1].Id;
            var gone = page.Where(o => o.Status != ObligationStatus.Lapsed && seen.TryGetValue(o.Kind, out var subjects) && !subjects.Contains(o.SubjectId)).Select(o => o.Id);
            foreach (var chunk in gone.Chunk(SubjectQuery.MaxBatch))
            {
                lapsed += await db.Obligations().Where(o => chunk.Contains(o.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, ObligationStatus.Lapsed).SetProperty(o => o.LapsedOn, today)
                        .SetProperty(o => o.NoticePending, false), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Every open row whose status the calendar can move today: due within the reminder window or already due. Rows far
    /// ahead stay upcoming and overdue rows stay overdue until their subject changes, which the batches see.
    /// </summary>
    private async Task MoveNearDueAsync(SweepContext context, CancellationToken cancellationToken)
    {
        var horizon = context.Rules.AddWorkingDays(context.Today, options.Value.ReminderWorkingDays + 1);
        // The few ids first, by the (Status, DueOn) index, then their rows a batch at a time: paged in key order instead,
        // PostgreSQL walked the primary key through millions of rows met long ago (1 s of a 5 s sweep at a million).
        var ids = await db.Obligations().AsNoTracking()
            .Where(o => (o.Status == ObligationStatus.Upcoming || o.Status == ObligationStatus.DueSoon || o.Status == ObligationStatus.Due) && o.DueOn <= horizon)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        foreach (var chunk in ids.Order().Chunk(SubjectQuery.MaxBatch))
        {
            var rows = await db.Obligations().Where(o => EF.Parameter(chunk).Contains(o.Id)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                context.SetStatus(row, isNew: false);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

}
