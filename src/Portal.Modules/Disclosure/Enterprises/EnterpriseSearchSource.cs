using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Enterprises;

/// <summary>
/// The enterprise register as the search index sees it: name, credit code, address, the place names of its region,
/// its industry and equipment, and its standing on the lists (the list of its newest public announcement, or
/// <see cref="NotListed"/>), which is this kind's <c>List</c> value and facet.
/// </summary>
public sealed class EnterpriseSearchSource(PortalDbContext db, RegionDirectory regions, NameDirectory names, TimeProvider clock) : ISearchDocumentSource
{
    public const string NotListed = "none";

    private const int Batch = 2000;

    public string Kind => Enterprise.SearchKindName;

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>(ids.Count);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await db.Enterprises.AsNoTracking().Include(e => e.Equipment).Where(e => EF.MultipleParameters(chunk).Contains(e.Id)).ToListAsync(cancellationToken);
            documents.AddRange(await ToDocumentsAsync(rows, await StandingsAsync(rows.Select(e => e.Id).ToList(), cancellationToken), cancellationToken));
        }
        return documents;
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var standings = await AllStandingsAsync(cancellationToken);
        var last = 0;
        while (true)
        {
            var rows = await db.Enterprises.AsNoTracking().Include(e => e.Equipment).Where(e => e.Id > last).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                yield break;
            }
            foreach (var document in await ToDocumentsAsync(rows, standings, cancellationToken))
            {
                yield return document;
            }
            last = rows[^1].Id;
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Enterprises.CountAsync(cancellationToken);

    /// <summary>Each enterprise's standing: the list of its newest announcement public now.</summary>
    public async Task<IReadOnlyDictionary<int, string>> StandingsAsync(IReadOnlyCollection<int> enterpriseIds, CancellationToken cancellationToken)
    {
        var newest = new Newest(clock.GetUtcNow().UtcDateTime);
        // By enterprise only, and public-now checked here: with the status condition in the query as well, SQLite walks
        // the (Status, PublishAt) index over every published announcement instead of looking up these enterprises.
        foreach (var listing in await Listings(db.Announcements().Where(a => EF.MultipleParameters(enterpriseIds).Contains(a.EnterpriseId))).ToListAsync(cancellationToken))
        {
            newest.See(listing);
        }
        return newest.Standings();
    }

    /// <summary>
    /// Every enterprise's standing, for a rebuild that reads the whole register: one pass over the announcements in
    /// table order, where a lookup by enterprise per batch read a million announcements at random.
    /// </summary>
    private async Task<IReadOnlyDictionary<int, string>> AllStandingsAsync(CancellationToken cancellationToken)
    {
        var newest = new Newest(clock.GetUtcNow().UtcDateTime);
        await foreach (var listing in Listings(db.Announcements()).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            newest.See(listing);
        }
        return newest.Standings();
    }

    private static IQueryable<Listing> Listings(IQueryable<Announcement> announcements) =>
        announcements.AsNoTracking().Select(a => new Listing(a.EnterpriseId, a.List, a.Status, a.PublishAt, a.Id));

    private sealed record Listing(int EnterpriseId, AnnouncementList List, AnnouncementStatus Status, DateTime? PublishAt, int Id);

    /// <summary>The rule of a standing: the newest announcement public now (latest publication time, then latest id).</summary>
    private sealed class Newest(DateTime now)
    {
        private readonly Dictionary<int, Listing> _newest = [];

        public void See(Listing a)
        {
            if (a.Status == AnnouncementStatus.Published && a.PublishAt is { } at && at <= now
                && (!_newest.TryGetValue(a.EnterpriseId, out var known) || (at, a.Id).CompareTo((known.PublishAt!.Value, known.Id)) > 0))
            {
                _newest[a.EnterpriseId] = a;
            }
        }

        public IReadOnlyDictionary<int, string> Standings() => _newest.ToDictionary(n => n.Key, n => WireValue.Of(n.Value.List));
    }

    private async Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(List<Enterprise> rows, IReadOnlyDictionary<int, string> standings, CancellationToken cancellationToken)
    {
        var tree = await regions.GetAsync(cancellationToken);
        var industries = (await names.GetAsync(cancellationToken)).Industries;
        return rows.Select(e => new SearchDocument(
            e.Id,
            e.CreatedAt,
            standings.GetValueOrDefault(e.Id, NotListed),
            "",
            "",
            tree.Find(e.RegionCode)?.Path ?? "/",
            e.IndustryCode,
            null,
            "",
            ChinaTime.DateOf(e.CreatedAt),
            e.CreditCode,
            [],
            new[]
            {
                e.Name, e.Address, string.Join(' ', tree.Lineage(e.RegionCode).Select(r => r.Name)), industries.GetValueOrDefault(e.IndustryCode),
            }.Concat(e.Equipment.Select(q => $"{q.Name} {q.Model}")).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList())).ToList();
    }
}
