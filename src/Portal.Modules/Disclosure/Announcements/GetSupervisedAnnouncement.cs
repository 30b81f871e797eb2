using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// GET /api/v1/supervision/announcements/{id} and its page: a supervisor looks at any announcement of their region or
/// below, a draft included, with its history, without being able to change it.
/// </summary>
public static class GetSupervisedAnnouncement
{
    public sealed record Result(AnnouncementItem Announcement, string Status, string StatusName, string Unit, IReadOnlyList<ReadableAuditLine> Audit);

    public sealed class Handler(PortalDbContext db, AnnouncementViews views, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var announcement = await db.Announcements().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            // One answer for "no such announcement" and "not in your region": a supervisor elsewhere learns nothing.
            if (announcement is null || !actor.Has(Permissions.Supervise) || !actor.Oversees(announcement.RegionCode))
            {
                return Outcome<Result>.NotFound(string.Format(DisclosureText.AnnouncementNotFound, id));
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var item = await GetAnnouncement.DetailAsync(announcement, db, views, now, cancellationToken);
            var audit = await AnnouncementAudit.OfAsync(db, announcement, cancellationToken);
            var scheduled = announcement.Status == AnnouncementStatus.Published && announcement.PublishAt > now;
            return Outcome<Result>.Ok(new Result(item, WireValue.Of(announcement.Status), DisclosureText.StatusName(announcement.Status, scheduled), announcement.PublisherName,
                [.. audit.Select(e => e.Readable)]));
        }
    }
}
