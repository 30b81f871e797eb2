using System.Globalization;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Search.Index;

public sealed record IndexStatus(
    string State,
    int? Generation,
    int Documents,
    long FileBytes,
    long Cursor,
    long LatestTask,
    DateTime? BuiltAt,
    BuildProgress? Build,
    CheckResult? LastCheck);

/// <summary>Reads the state of this node's index for the administrator's page and API.</summary>
public sealed class IndexStatusReader(IndexStore store, IndexMaintenance maintenance)
{
    public const string Ready = "ready";
    public const string Building = "building";
    public const string Missing = "missing";

    public async Task<IndexStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var latest = await maintenance.LatestTaskAsync(cancellationToken);
        var state = maintenance.IsBuilding ? Building : store.IsReady ? Ready : Missing;
        using var lease = store.Acquire();
        if (lease is null)
        {
            return new IndexStatus(state, null, 0, 0, 0, latest, null, maintenance.Progress, maintenance.LastCheck);
        }
        var data = lease.Index.CommitData;
        var builtAt = data.TryGetValue(IndexStore.BuiltAtKey, out var built)
            && DateTime.TryParse(built, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTime?)null;
        return new IndexStatus(state, lease.Index.Generation, lease.Searcher.IndexReader.NumDocs, lease.Index.SizeInBytes(), maintenance.Cursor, latest,
            builtAt, maintenance.Progress, maintenance.LastCheck);
    }

    public static string Describe(CheckResult result) =>
        string.Format(CultureInfo.InvariantCulture, SearchText.CheckSummary, result.Compared, result.Missing, result.Stale, result.Extra);
}
