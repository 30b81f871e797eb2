using Microsoft.AspNetCore.Identity;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>One account's page for the administrator (/backoffice/staff/{userName}): its facts and its history in Chinese.</summary>
public static class ShowStaffAccount
{
    public sealed record Result(GetStaffUser.Result Account, IReadOnlyList<ReadableAuditLine> History);

    public sealed class Handler(GetStaffUser.Handler accounts, UserManager<StaffUser> users, PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(string userName, CancellationToken cancellationToken)
        {
            var account = await accounts.HandleAsync(userName, cancellationToken);
            if (!account.Succeeded)
            {
                return account.Cast<Result>();
            }
            var user = (await users.FindByNameAsync(account.Value!.UserName))!;
            return Outcome<Result>.Ok(new Result(account.Value, await StaffAudit.OfAsync(db, user.Id, cancellationToken)));
        }
    }
}
