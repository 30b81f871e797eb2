using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Regions;
using Portal.Modules.Supervision.Credit;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>
/// Brings the obligation rows of one source's kinds in step with what the source reports, batch by batch, for the
/// deadline sweep: new rows in bulk with their notices, changed rows saved, rows of subjects that owe nothing any more
/// lapsed, and the credit-feed records the batch calls for.
/// </summary>
public sealed class SourceFollower(PortalDbContext db, IServiceScopeFactory scopes, Reminders reminders, CreditFeed credit, IOptions<SupervisionOptions> options)
{
    /// <summary>
    /// Rows written in one transaction, at most about. A commit costs SQLite as much as a thousand rows (and the WAL
    /// checkpoint it sets off rewrites the same index pages again), so the first sweep of a history writes its millions
    /// in transactions of this size rather than one per batch; each is still short enough (about a tenth of a second)
    /// for requests to write in between.
    /// </summary>
    private const int RowsPerTransaction = 10_000;

    /// <summary>One source, batch by batch: every subject (<paramref name="since"/> null) or those changed since.</summary>
    /// <param name="seenByKind">On a full sweep, the subjects heard of, per kind, filled here; a kind this sweep filled from nothing is left out.</param>
    public async Task<(int Created, int Lapsed, int Credit, int Notices)> FollowAsync(IObligationSource source, DateTimeOffset? since,
        Dictionary<ObligationKind, HashSet<string>>? seenByKind, SweepContext context, CancellationToken cancellationToken)
    {
        int created = 0, lapsed = 0, creditRecords = 0, notices = 0;
        var kinds = source.Kinds.ToList();
        HashSet<string>? seen = null;
        if (seenByKind is not null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kind in kinds)
            {
                seenByKind[kind] = seen;
            }
        }
        // The first sweep of a history finds no row of these kinds: only a subject met in an earlier batch (a notice read
        // again with its result) can have one, and only those are looked up (PostgreSQL at 200,000 announcements: the
        // lookups of rows that could not exist took 5.7 s of a 47 s sweep).
        var firstFill = seen is not null && !await db.Obligations().AnyAsync(o => kinds.Contains(o.Kind), cancellationToken);
        IDbContextTransaction? transaction = null;
        int written = 0, createdInTransaction = 0, creditInTransaction = 0;
        try
        {
            var size = firstFill && db.Database.IsNpgsql() ? SubjectQuery.FillBatch : SubjectQuery.MaxBatch;
            await foreach (var batch in SourceBatches.ReadAsync(scopes, source, context.Today, since, size, cancellationToken))
            {
                transaction ??= await db.Database.BeginTransactionAsync(cancellationToken);
                var (c, l, u, n) = await ApplyAsync(kinds, batch, firstFill ? seen : null, context, cancellationToken);
                seen?.UnionWith(batch.Subjects);
                var r = await credit.RecordAsync(batch.Credit, context.Now, cancellationToken);
                created += c;
                lapsed += l;
                creditRecords += r;
                notices += n;
                db.ChangeTracker.Clear();
                written += c + u + r + n;
                createdInTransaction += c;
                creditInTransaction += r;
                if (written >= RowsPerTransaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = null;
                    written = 0;
                    await context.Obligations.GrewAsync(createdInTransaction, cancellationToken);
                    await context.Credit.GrewAsync(creditInTransaction, cancellationToken);
                    createdInTransaction = creditInTransaction = 0;
                }
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
        if (firstFill)
        {
            // Every row of these kinds was written from what was just read: none can belong to a vanished subject.
            foreach (var kind in kinds)
            {
                seenByKind!.Remove(kind);
            }
        }
        return (created, lapsed, creditRecords, notices);
    }

    /// <summary>Writes one batch's facts into the rows of its subjects, in one save, and the new rows' notices.</summary>
    /// <param name="onlyAmong">When given, no subject outside it has a row yet.</param>
    private async Task<(int Created, int Lapsed, int Updated, int Notices)> ApplyAsync(List<ObligationKind> kinds, ObligationBatch batch, IReadOnlySet<string>? onlyAmong,
        SweepContext context, CancellationToken cancellationToken)
    {
        var subjects = batch.Subjects.Where(s => onlyAmong?.Contains(s) != false).ToList();
        var rows = subjects.Count == 0 ? []
            : await db.Obligations().Where(o => kinds.Contains(o.Kind) && EF.Parameter(subjects).Contains(o.SubjectId)).ToListAsync(cancellationToken);
        var byKey = rows.ToDictionary(o => (o.Kind, o.SubjectId, o.Sequence));
        var reported = new HashSet<(ObligationKind, string)>();
        var fresh = new List<Obligation>();
        var lapsed = 0;
        foreach (var fact in batch.Facts)
        {
            if (!context.Units.TryGetValue(fact.UnitId, out var unit) || context.Tree.Find(unit.RegionCode) is not { } region || !reported.Add((fact.Kind, fact.SubjectId)))
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
                    CreatedAt = context.Now,
                    UpdatedAt = context.Now,
                };
                fresh.Add(row);
                byKey[(row.Kind, row.SubjectId, row.Sequence)] = row;
            }
            Follow(row, fact, unit.Name, region);
        }
        foreach (var row in fresh)
        {
            context.SetStatus(row, isNew: true);
        }
        foreach (var row in rows)
        {
            if (row.Status != ObligationStatus.Lapsed && !reported.Contains((row.Kind, row.SubjectId)))
            {
                row.Status = ObligationStatus.Lapsed;
                row.LapsedOn = context.Today;
                row.NoticePending = false;
                lapsed++;
            }
            else if (row.Status != ObligationStatus.Lapsed)
            {
                context.SetStatus(row, isNew: false);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<Obligation>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.UpdatedAt = context.Now;
        }
        var updated = await db.SaveChangesAsync(cancellationToken);
        var notify = options.Value.Reminders ? fresh.Where(r => r.NoticePending).ToList() : [];
        notify.ForEach(r => r.NoticePending = false);
        await db.InsertAsync(fresh, cancellationToken);
        var notices = notify.Count == 0 ? 0 : await reminders.NotifyNewAsync(notify, context.Today, context.Tree, cancellationToken);
        return (fresh.Count, lapsed, updated, notices);
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
}
