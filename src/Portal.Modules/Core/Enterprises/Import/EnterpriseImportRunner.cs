using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Enterprises.Import;

/// <summary>
/// The import job's one call: writes the confirmed imports a batch at a time, saving how far it got after each, so
/// that a restart or a second node carries on where it stopped (one node at a time, by the exclusive run's lock).
/// </summary>
public sealed class EnterpriseImportRunner(PortalDbContext db, UpsertEnterprise.Handler upsert, ExclusiveRun exclusive, TimeProvider clock)
{
    public const int BatchSize = 100;

    /// <param name="wait">Wait for a run under way elsewhere (a person asked for it) rather than leave the work to it.</param>
    public async Task<int> RunAsync(bool wait, CancellationToken cancellationToken)
    {
        var written = 0;
        var run = wait ? (Func<string, Func<Task>, CancellationToken, Task>)exclusive.WaitAndRunAsync : exclusive.TryRunAsync;
        await run(ConfirmEnterpriseImport.JobName, async () =>
        {
            while (await db.EnterpriseImports().AsNoTracking().Where(i => i.State == ImportState.Running).OrderBy(i => i.Id)
                       .Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken) is { } id)
            {
                written += await RunOneAsync(id, cancellationToken);
            }
        }, cancellationToken);
        return written;
    }

    private async Task<int> RunOneAsync(int id, CancellationToken cancellationToken)
    {
        var import = await db.EnterpriseImports().AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
        var enterprises = JsonSerializer.Deserialize<List<UpsertEnterprise.Command>>(import.Enterprises) ?? [];
        var position = import.Done + import.Failed;
        var written = 0;
        while (position < enterprises.Count)
        {
            var done = 0;
            var failed = 0;
            foreach (var enterprise in enterprises.Skip(position).Take(BatchSize))
            {
                // Checked at preview; a row that no longer passes (an industry removed since) is counted, not written.
                var outcome = await upsert.ImportAsync(enterprise, import.CreatedBy, cancellationToken);
                db.ChangeTracker.Clear();
                if (outcome.Succeeded)
                {
                    done++;
                }
                else
                {
                    failed++;
                }
            }
            position += done + failed;
            written += done;
            await db.EnterpriseImports().Where(i => i.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Done, i => i.Done + done)
                .SetProperty(i => i.Failed, i => i.Failed + failed)
                .SetProperty(i => i.UpdatedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }
        await db.EnterpriseImports().Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.State, ImportState.Finished), cancellationToken);
        return written;
    }
}
