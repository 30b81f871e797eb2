using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>The page a mail's link opens (GET /subscriptions/{token}): what the subscription covers and whether it is confirmed. Changes nothing, since mail scanners open links too.</summary>
public static class GetSubscription
{
    public sealed record View(string Token, string Scope, bool Confirmed, string ListPath);

    public sealed class Handler(PortalDbContext db, RegionDirectory regions, NameDirectory names)
    {
        public async Task<Outcome<View>> HandleAsync(string token, CancellationToken cancellationToken)
        {
            if (await FindAsync(db, token, cancellationToken) is not { } subscription)
            {
                return Outcome<View>.NotFound(DisclosureText.SubscriptionNotFound);
            }
            var scope = await SubscriptionScope.DescribeAsync(subscription, await regions.GetAsync(cancellationToken), names, db, cancellationToken);
            return Outcome<View>.Ok(new View(subscription.Token, scope, subscription.ConfirmedAt is not null, SubscriptionScope.ListPath(subscription)));
        }
    }

    /// <summary>The subscription a link's token names; a token of the wrong shape is not looked up.</summary>
    internal static Task<Subscription?> FindAsync(PortalDbContext db, string? token, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(token) || token.Length > 64 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? Task.FromResult<Subscription?>(null)
            : db.Set<Subscription>().SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
}
