using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Disclosure.Data;

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
                Enum.GetValues<AnnouncementList>().ToDictionary(l => l, l => counts.FirstOrDefault(c => c.Key == l)?.Count ?? 0),
                onYellow,
                await views.ToItemsAsync(rows, cancellationToken));
        }
    }
}

/// <summary>
/// Who is on the yellow list now: a public rectification notice that no public rectification result or forced
/// exit has closed. A withdrawn notice takes the enterprise off at once.
/// </summary>
public static class YellowList
{
    public static IQueryable<Announcement> Current(PortalDbContext db, DateTime now)
    {
        var closers = db.Announcements().PublicAt(now).Where(r => r.NoticeId != null
            && ((r.List == AnnouncementList.Rectification && r.Stage == AnnouncementStage.Result) || r.List == AnnouncementList.ForcedExit));
        return db.Announcements().PublicAt(now)
            .Where(a => a.List == AnnouncementList.Rectification && a.Stage == AnnouncementStage.Notice)
            .Where(a => !closers.Any(r => r.NoticeId == a.Id));
    }
}
