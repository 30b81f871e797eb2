using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Search.Index;

/// <summary>
/// Runs on every node, not through the job farm: each node owns its index directory, so each must replay the
/// log itself. Builds an index when the node has none (or an older analyzer's), follows the log, and once a night
/// checks the index against the database.
/// </summary>
public sealed class SearchIndexWorker(IndexStore store, IndexMaintenance maintenance, IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchIndexWorker> logger)
    : BackgroundService
{
    private DateOnly? _checkedOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!store.IsReady && !maintenance.IsBuilding)
                {
                    await maintenance.RebuildAsync(stoppingToken);
                }
                await maintenance.CatchUpAsync(stoppingToken);
                await CheckNightlyAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; the log is still there next time round.
                logger.LogError(e, "Search index maintenance failed; retrying");
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CheckNightlyAsync(CancellationToken cancellationToken)
    {
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        if (_checkedOn is null)
        {
            // Not at start-up: a node that just built or caught up has nothing to find.
            _checkedOn = today;
            return;
        }
        if (today > _checkedOn && now.Hour >= options.Value.NightlyCheckHour)
        {
            await maintenance.CheckAsync(cancellationToken);
            _checkedOn = today;
        }
    }
}
