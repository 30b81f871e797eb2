using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>
/// The address's owner confirms (POST /subscriptions/{token}/confirm, the button on the mailed link's page); digests
/// cover what is published from then on. Confirming twice is harmless.
/// </summary>
public static class ConfirmSubscription
{
    public sealed class Handler(PortalDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<string>> HandleAsync(string token, CancellationToken cancellationToken)
        {
            if (await GetSubscription.FindAsync(db, token, cancellationToken) is not { } subscription)
            {
                return Outcome<string>.NotFound(DisclosureText.SubscriptionNotFound);
            }
            if (subscription.ConfirmedAt is null)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                subscription.ConfirmedAt = now;
                subscription.DigestedThrough = now;
                await db.SaveChangesAsync(cancellationToken);
            }
            return Outcome<string>.Ok(subscription.Token);
        }
    }
}
