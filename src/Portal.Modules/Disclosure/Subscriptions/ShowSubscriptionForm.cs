using Portal.Modules.Core.Common;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>The subscription form (GET /subscriptions/new), filled in from the list, region, industry or enterprise page it was opened from.</summary>
public static class ShowSubscriptionForm
{
    public sealed record Page(Subscribe.Command Form, IReadOnlyDictionary<string, string[]> Errors, RegionTree Regions,
        IReadOnlyDictionary<string, string> Industries, string? SentTo);

    public sealed class Handler(RegionDirectory regions, NameDirectory names)
    {
        public async Task<Page> HandleAsync(Subscribe.Command form, IReadOnlyDictionary<string, string[]>? errors, string? sentTo, CancellationToken cancellationToken) =>
            new(form, errors ?? new Dictionary<string, string[]>(), await regions.GetAsync(cancellationToken), (await names.GetAsync(cancellationToken)).Industries, sentTo);
    }
}
