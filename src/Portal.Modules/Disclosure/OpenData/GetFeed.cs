using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.OpenData;

/// <summary>
/// GET /feeds/announcements.atom: the newest <see cref="Entries"/> matches of any filter, one feed per list, region or
/// text being just a query string. The feed's id is derived from every filter, so two feeds differ in id exactly when
/// they differ in what they select.
/// </summary>
public static class GetFeed
{
    public const int Entries = 50;

    public sealed record Feed(string Id, string Title, DateTime Updated, IReadOnlyList<AnnouncementItem> Items);

    public sealed class Handler(ListAnnouncements.Handler lists)
    {
        public async Task<Outcome<Feed>> HandleAsync(ListAnnouncements.Query query, CancellationToken cancellationToken)
        {
            var outcome = await lists.HandleAsync(query with { PageSize = Entries, Cursor = null, Sort = null }, cancellationToken);
            if (!outcome.Succeeded)
            {
                return outcome.Cast<Feed>();
            }
            var items = outcome.Value!.Items;
            return Outcome<Feed>.Ok(new Feed(
                StableId("feed" + CanonicalFilters(query)),
                TitleOf(query),
                items.Select(i => i.PublishedAt).Max() ?? DateTime.UnixEpoch,
                items));
        }
    }

    /// <summary>Every filter that changes what a feed selects, in a fixed order; paging and sorting do not.</summary>
    public static string CanonicalFilters(ListAnnouncements.Query q) =>
        string.Join('&', new[]
            {
                ("list", q.List), ("stage", q.Stage), ("q", q.Q), ("region", q.Region), ("level", q.Level), ("industry", q.Industry),
                ("dimension", q.Dimension), ("department", q.Department), ("year", q.Year?.ToString(CultureInfo.InvariantCulture)),
                ("from", q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={p.Item2!.Trim()}"));

    /// <summary>A name-based (version 5) UUID: the same announcement or feed keeps the same Atom id on every node and forever.</summary>
    public static string StableId(string name)
    {
        var hash = SHA1.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    private static readonly byte[] Namespace = new Guid("6f1a7c52-9a43-4a7e-9d7b-3c1f0b6e2d11").ToByteArray(bigEndian: true);

    private static string TitleOf(ListAnnouncements.Query query)
    {
        var parts = new List<string> { DisclosureText.FeedTitle };
        if (ListDefinitions.TryParse(query.List, out var list))
        {
            parts.Add(list.Name);
        }
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            parts.Add(query.Region.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            parts.Add(query.Q.Trim());
        }
        return string.Join(" · ", parts);
    }
}
