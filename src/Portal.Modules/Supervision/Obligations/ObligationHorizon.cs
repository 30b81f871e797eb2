using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Data;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Obligations;

/// <summary>The latest due date among deadlines still open, for the calendar's warning (index Status, DueOn).</summary>
public sealed class ObligationHorizon(PortalDbContext db) : IDeadlineHorizon
{
    public async Task<DateOnly?> LatestOpenDeadlineAsync(CancellationToken cancellationToken) =>
        await db.Obligations().AsNoTracking()
            .Where(o => o.Status != ObligationStatus.Met && o.Status != ObligationStatus.Lapsed)
            .MaxAsync(o => (DateOnly?)o.DueOn, cancellationToken);
}
