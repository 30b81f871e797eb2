using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Core.Data;

/// <summary>
/// PostgreSQL plans from statistics that autovacuum refreshes at most once a minute per table; a table that grows from
/// nothing to millions inside one job (the first sweep of a history) is planned as empty meanwhile, and a lookup by
/// index becomes a scan of the whole table for every batch. SQLite plans without statistics and needs none.
/// Only the columns of the unique indexes are measured: those are the indexes such a job looks rows up by (the others
/// are put aside while it fills the table, <see cref="SecondaryIndexes"/>), and measuring every column cost the first
/// sweep of 200,000 announcements 2.8 s of 20.
/// </summary>
public sealed class TableStatistics<T>(PortalDbContext db) where T : class
{
    private long _known = -1;
    private long _grown;

    /// <summary>Counts rows written; once they are as many as the table had when last measured, refreshes its statistics.</summary>
    public async Task GrewAsync(int rows, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql() || rows == 0)
        {
            return;
        }
        if (_known < 0)
        {
            _known = await db.Set<T>().LongCountAsync(cancellationToken);
        }
        _grown += rows;
        if (_grown < Math.Max(10_000, _known))
        {
            return;
        }
        // Names come from the model, never from input.
        var table = SecondaryIndexes.MappedTable<T>(db);
        var columns = table.Indexes.Where(i => i.IsUnique).SelectMany(i => i.Columns).Select(c => "\"" + c.Name + "\"").Distinct().ToList();
        var analyze = "ANALYZE \"" + table.Name + "\"" + (columns.Count == 0 ? "" : " (" + string.Join(", ", columns) + ")");
        await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
        _known += _grown;
        _grown = 0;
    }
}
