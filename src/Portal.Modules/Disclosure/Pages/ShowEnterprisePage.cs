using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>/enterprises/{creditCode}: the register's entry, its history across the lists, and whether it is on the yellow or red list now.</summary>
public static class ShowEnterprisePage
{
    public sealed record Page(GetEnterprise.Result Enterprise, bool OnYellowList, bool OnRedList);

    public sealed class Handler(GetEnterprise.Handler enterprises, PortalDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Page>> HandleAsync(string creditCode, CancellationToken cancellationToken)
        {
            var outcome = await enterprises.HandleAsync(creditCode, cancellationToken);
            if (!outcome.Succeeded)
            {
                return outcome.Cast<Page>();
            }
            var code = outcome.Value!.CreditCode;
            var now = clock.GetUtcNow().UtcDateTime;
            var red = ListDefinitions.RedList.Key;
            var onYellow = await YellowList.Current(db, now).AnyAsync(a => a.EnterpriseCreditCode == code, cancellationToken);
            var onRed = await db.Announcements().PublicAt(now).AnyAsync(a => a.EnterpriseCreditCode == code && a.List == red, cancellationToken);
            return Outcome<Page>.Ok(new Page(outcome.Value, onYellow, onRed));
        }
    }
}
