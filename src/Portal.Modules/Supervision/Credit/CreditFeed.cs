using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Credit;

/// <summary>
/// Keeps the credit feed's records in step with the enterprises' deadlines: one record per state a subject reaches
/// (listed, then completed or revoked), written once, in that order. Run by the deadline sweep, one batch of
/// subjects at a time: a subject's listing and its follow-ups come in the same batch.
/// </summary>
public sealed class CreditFeed(PortalDbContext db)
{
    /// <summary>Subjects recorded since the sweep found no record at all; null once there were some.</summary>
    private HashSet<string>? _recordedSinceEmpty;

    /// <summary>
    /// Called as a sweep begins. The first sweep of a history finds no records: then only subjects it recorded itself
    /// can have any, and only those are looked up.
    /// </summary>
    public async Task BeginAsync(CancellationToken cancellationToken) =>
        _recordedSinceEmpty = await db.CreditRecords().AnyAsync(cancellationToken) ? null : new HashSet<string>(StringComparer.Ordinal);

    public async Task<int> RecordAsync(IReadOnlyList<CreditFact> facts, DateTime now, CancellationToken cancellationToken)
    {
        if (facts.Count == 0)
        {
            return 0;
        }
        var subjects = facts.Select(f => f.SubjectId).Distinct().ToList();
        var lookup = _recordedSinceEmpty is { } recorded ? subjects.Where(recorded.Contains).ToList() : subjects;
        var present = (lookup.Count == 0 ? []
                : await db.CreditRecords().AsNoTracking().Where(c => EF.Parameter(lookup).Contains(c.SubjectId)).Select(c => new { c.SubjectId, c.State }).ToListAsync(cancellationToken))
            .Select(c => (c.SubjectId, c.State))
            .ToHashSet();
        _recordedSinceEmpty?.UnionWith(subjects);
        var fresh = new List<CreditRecord>();
        // Listed before its follow-ups, so delivery in id order is delivery in the order things happened.
        foreach (var fact in facts.OrderBy(f => f.State).ThenBy(f => f.StateOn).ThenBy(f => f.SubjectId, StringComparer.Ordinal))
        {
            if (!present.Add((fact.SubjectId, fact.State)))
            {
                continue;
            }
            fresh.Add(new CreditRecord
            {
                SubjectId = fact.SubjectId,
                State = fact.State,
                EnterpriseName = fact.EnterpriseName,
                CreditCode = fact.CreditCode,
                List = fact.List,
                Reason = fact.Reason,
                Authority = fact.Authority,
                DecidedOn = fact.DecidedOn,
                DeadlineOn = fact.DeadlineOn,
                StateOn = fact.StateOn,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
        // Ids are given in the order above, and delivery follows the ids.
        return await db.InsertAsync(fresh, cancellationToken);
    }
}
