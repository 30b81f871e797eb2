using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// Announcements as the search index sees them: published ones (scheduled ones too, hidden by the index until their
/// time), with the words a visitor would type: title, enterprise, place names of its region, industry, publisher,
/// 文号, and every text field of the list-specific content.
/// </summary>
public sealed class AnnouncementSearchSource(PortalDbContext db, RegionDirectory regions) : ISearchDocumentSource
{
    private const int Batch = 2000;
    private Dictionary<string, string>? _industries;

    public string Kind => Announcement.SearchKindName;

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>(ids.Count);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await db.Announcements().AsNoTracking().Where(a => EF.MultipleParameters(chunk).Contains(a.Id)).ToListAsync(cancellationToken);
            documents.AddRange(await ToDocumentsAsync(rows.Where(IsIndexable).ToList(), cancellationToken));
        }
        return documents;
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = 0;
        while (true)
        {
            var rows = await db.Announcements().AsNoTracking().Where(a => a.Id > last).OrderBy(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                yield break;
            }
            foreach (var document in await ToDocumentsAsync(rows.Where(IsIndexable).ToList(), cancellationToken))
            {
                yield return document;
            }
            last = rows[^1].Id;
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Indexable().CountAsync(cancellationToken);

    private IQueryable<Announcement> Indexable() =>
        db.Announcements().AsNoTracking().Where(a => a.Status == AnnouncementStatus.Published && a.PublishAt != null);

    // Reads go by primary key and the state is checked here: given a status condition as well, SQLite walks the
    // (Status, PublishAt) index over every published row and sorts, which made each batch of a rebuild a full scan.
    private static bool IsIndexable(Announcement a) => a is { Status: AnnouncementStatus.Published, PublishAt: not null };

    private async Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(List<Announcement> rows, CancellationToken cancellationToken)
    {
        var tree = await regions.GetAsync(cancellationToken);
        _industries ??= await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, cancellationToken);
        return rows.Select(a => ToDocument(a, tree, _industries)).ToList();
    }

    private static SearchDocument ToDocument(Announcement a, RegionTree tree, IReadOnlyDictionary<string, string> industries)
    {
        var body = AnnouncementBody.FromJson(a.Body);
        var texts = new List<string?>
        {
            a.Title, a.EnterpriseName, a.EnterpriseAddress, a.PublisherName, a.DocumentNumber,
            string.Join(' ', tree.Lineage(a.EnterpriseRegionCode).Select(r => r.Name)),
            industries.GetValueOrDefault(a.IndustryCode),
            body.Summary, body.Violations, body.Basis, body.Requirements, body.FailedItems, body.Unrectified,
            body.Completion, body.Products, body.InspectedItems, a.ExtensionReason,
        };
        texts.AddRange(body.Indicators.Select(i => $"{i.Name} {i.Standard}"));
        texts.AddRange(body.Equipment.Select(e => $"{e.Name} {e.Model}"));
        return new SearchDocument(
            a.Id,
            a.PublishAt!.Value,
            WireValue.Of(a.List),
            WireValue.Of(a.Stage),
            WireValue.Of(a.Level),
            a.EnterpriseRegionPath,
            a.IndustryCode,
            a.Dimension,
            a.DepartmentKindCode,
            a.PublishedOn ?? ChinaTime.DateOf(a.PublishAt.Value),
            a.EnterpriseCreditCode,
            new[] { a.DocumentNumber, a.IndexNumber }.OfType<string>().ToList(),
            texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList());
    }
}
