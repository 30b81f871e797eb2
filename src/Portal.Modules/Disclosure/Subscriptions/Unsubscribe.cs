using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>
/// Leaving (POST /subscriptions/{token}/unsubscribe): from the page's button, or in one click from the mail reader's own
/// 退订 (RFC 8058). The subscription and its address are deleted, not marked, with every mail the outbox kept for it; a second request finds nothing and says so
/// kindly, since the outcome the person wanted holds.
/// </summary>
public static class Unsubscribe
{
    public sealed class Handler(PortalDbContext db, Core.Mail.MailOutbox outbox)
    {
        /// <returns>Whether there was a subscription to end.</returns>
        public async Task<bool> HandleAsync(string token, CancellationToken cancellationToken)
        {
            if (await GetSubscription.FindAsync(db, token, cancellationToken) is not { } subscription)
            {
                return false;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await outbox.ForgetAsync(subscription.MailKeyPrefix, cancellationToken);
            await db.Set<Subscription>().Where(s => s.Id == subscription.Id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
    }
}
