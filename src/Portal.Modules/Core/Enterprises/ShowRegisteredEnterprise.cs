using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises;

/// <summary>
/// An enterprise as staff read it (/backoffice/enterprises/{creditCode}): the register's facts and equipment, its public
/// history, every change made to it in Chinese, and what the reader may do with it.
/// </summary>
public static class ShowRegisteredEnterprise
{
    public sealed record Action(string Label, string Href);

    public sealed record Result(GetEnterprise.Result Enterprise, IReadOnlyList<ReadableAuditLine> Changes, bool CanEdit, IReadOnlyList<Action> Actions);

    public sealed class Handler(GetEnterprise.Handler enterprises, PortalDbContext db, NameDirectory names, IEnumerable<EnterpriseAction> actions)
    {
        public async Task<Outcome<Result>> HandleAsync(string creditCode, StaffContext actor, CancellationToken cancellationToken)
        {
            var found = await enterprises.HandleAsync(creditCode, cancellationToken);
            if (!found.Succeeded)
            {
                return found.Cast<Result>();
            }
            var enterprise = found.Value!;
            var mine = actor.IsIn(Roles.Admin) || actor.Oversees(enterprise.RegionCode);
            var changes = await EnterpriseAudit.OfAsync(db, enterprise.CreditCode, actor.Regions, (await names.GetAsync(cancellationToken)).Industries, cancellationToken);
            var offered = actions.Where(a => mine && actor.Has(a.Permission)).OrderBy(a => a.Order).Select(a => new Action(a.Label, a.Href(enterprise.CreditCode))).ToList();
            return Outcome<Result>.Ok(new Result(enterprise, changes, mine && actor.Has(Permissions.EditEnterprises), offered));
        }
    }
}
