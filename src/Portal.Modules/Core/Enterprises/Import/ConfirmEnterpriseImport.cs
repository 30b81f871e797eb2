using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises.Import;

/// <summary>The editor confirms a previewed import: the import job writes it, a batch at a time, and the page shows how far it has got.</summary>
public static class ConfirmEnterpriseImport
{
    public const string JobName = "enterprise-import";

    public sealed class Handler(PortalDbContext db, IJobQueue jobs, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var import = await db.EnterpriseImports().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (import is null || import.CreatedBy != actor.UserName)
            {
                return Outcome<int>.NotFound(CoreText.ImportNotFound);
            }
            if (import.State != ImportState.Preview)
            {
                return Outcome<int>.Conflict(CoreText.ImportAlreadyConfirmed);
            }
            if (import.Total == 0)
            {
                return Outcome<int>.Conflict(CoreText.ImportNothingToImport);
            }
            // Only one confirmation moves it on, however often the button is pressed.
            var moved = await db.EnterpriseImports().Where(i => i.Id == id && i.State == ImportState.Preview)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, ImportState.Running).SetProperty(i => i.UpdatedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
            if (moved == 1)
            {
                jobs.RunSoon(JobName);
            }
            return Outcome<int>.Ok(id);
        }
    }
}
