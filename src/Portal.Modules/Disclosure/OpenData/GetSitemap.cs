using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.OpenData;

/// <summary>
/// /sitemap.xml for search engines: an index of the site's pages and of every public announcement, in parts of at most
/// <see cref="UrlsPerPart"/> (the protocol allows 50,000).
/// </summary>
public static class GetSitemap
{
    public const int UrlsPerPart = 40_000;

    /// <summary>A page's address relative to the site, and when it last changed where that is known.</summary>
    public sealed record Entry(string Path, DateOnly? Modified = null);

    public sealed class Handler(PortalDbContext db, TimeProvider clock)
    {
        /// <summary>The parts: the site's pages, then the announcements'.</summary>
        public async Task<IReadOnlyList<Entry>> IndexAsync(CancellationToken cancellationToken)
        {
            var count = await db.Announcements().PublicAt(clock.GetUtcNow().UtcDateTime).CountAsync(cancellationToken);
            var parts = Math.Max(1, (count + UrlsPerPart - 1) / UrlsPerPart);
            return [new Entry("/sitemaps/pages.xml"), .. Enumerable.Range(1, parts).Select(n => new Entry($"/sitemaps/announcements-{n}.xml"))];
        }

        public IReadOnlyList<Entry> Pages() => [new Entry("/"), new Entry("/search"), .. ListDefinitions.All.Select(l => new Entry($"/lists/{l.Wire}"))];

        /// <summary>One part of the announcements, oldest first; null for a part beyond the last.</summary>
        public async Task<IReadOnlyList<Entry>?> AnnouncementsAsync(int part, CancellationToken cancellationToken)
        {
            if (part < 1)
            {
                return null;
            }
            var rows = await db.Announcements().AsNoTracking().PublicAt(clock.GetUtcNow().UtcDateTime).OrderBy(a => a.Id)
                .Skip((part - 1) * UrlsPerPart).Take(UrlsPerPart).Select(a => new { a.Id, a.PublishedOn }).ToListAsync(cancellationToken);
            return rows.Count == 0 && part > 1 ? null : rows.Select(r => new Entry($"/announcements/{r.Id}", r.PublishedOn)).ToList();
        }
    }
}
