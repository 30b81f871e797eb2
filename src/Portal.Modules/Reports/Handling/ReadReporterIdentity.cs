using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Intake;

namespace Portal.Modules.Reports.Handling;

/// <summary>
/// A real-name reporter's name and contact details, decrypted for the handling unit only, and every read recorded
/// (who, when, which report) in the same transaction (docs/architecture.md, "Protecting people who report").
/// </summary>
public static class ReadReporterIdentity
{
    public sealed record Result(string Name, string Phone, string? IdNumber);

    public sealed class Handler(PortalDbContext db, UnitReports reports, IdentityProtector identities, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(id, actor, cancellationToken) is not { } report)
            {
                return Outcome<Result>.NotFound(ReportsText.ReportNotInQueue);
            }
            if (report.ProtectedIdentity is not { } sealedIdentity)
            {
                return Outcome<Result>.NotFound(ReportsText.AnonymousReport);
            }
            var identity = identities.Unprotect(sealedIdentity);
            db.IdentityReads().Add(new IdentityRead { ReportId = report.Id, StaffUserName = actor.UserName, UnitId = actor.Unit.Id, At = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(identity.Name, identity.Phone, identity.IdNumber));
        }
    }
}
