using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>The home page's view of the lists: how many announcements each holds and the newest ones.</summary>
public static class GetListSummary
{
    public sealed record Result(IReadOnlyDictionary<AnnouncementList, int> Counts, int OnYellowList, IReadOnlyList<AnnouncementItem> Newest);

    public sealed class Handler(PortalDbContext db, AnnouncementViews views, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int newest, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var visible = db.Announcements().AsNoTracking().PublicAt(now);
            var counts = await visible.GroupBy(a => a.List).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var onYellow = await YellowList.Current(db, now).CountAsync(cancellationToken);
            var rows = await visible.OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id).Take(newest).ToListAsync(cancellationToken);
            return new Result(
                ListDefinitions.All.ToDictionary(l => l.Key, l => counts.FirstOrDefault(c => c.Key == l.Key)?.Count ?? 0),
                onYellow,
                await views.ToItemsAsync(rows, cancellationToken));
        }
    }
}

/// <summary>
/// Who is on the yellow list now: a public notice on it that nothing public has followed (only its result or a forced
/// exit may follow it: <see cref="StageDefinition.Follows"/>). A withdrawn notice takes the enterprise off at once.
/// </summary>
public static class YellowList
{
    public static IQueryable<Announcement> Current(PortalDbContext db, DateTime now)
    {
        var yellow = ListDefinitions.YellowList.Key;
        var closers = db.Announcements().PublicAt(now).Where(r => r.NoticeId != null);
        return db.Announcements().PublicAt(now)
            .Where(a => a.List == yellow && a.Stage == AnnouncementStage.Notice)
            .Where(a => !closers.Any(r => r.NoticeId == a.Id));
    }
}
