using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// One announcement as the public reads it, with its corrections trail, the notice it follows and what followed it
/// (GET /api/v1/announcements/{id}). Drafts and scheduled announcements do not exist for the public; a withdrawn
/// one still answers, saying when and why.
/// </summary>
public static class GetAnnouncement
{
    public sealed class Handler(PortalDbContext db, AnnouncementViews views, TimeProvider clock)
    {
        public async Task<Outcome<AnnouncementItem>> HandleAsync(int id, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var announcement = await db.Announcements().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (announcement is null || !WasPublic(announcement, now))
            {
                return Outcome<AnnouncementItem>.NotFound(string.Format(DisclosureText.AnnouncementNotFound, id));
            }
            return Outcome<AnnouncementItem>.Ok(await DetailAsync(announcement, db, views, now, cancellationToken));
        }
    }

    public static bool WasPublic(Announcement a, DateTime now) =>
        a.IsPublicAt(now) || (a is { Status: AnnouncementStatus.Withdrawn, PublishAt: { } at, WithdrawnAt: { } withdrawn } && at <= withdrawn);

    /// <summary>The item with its story: shared by the public page and the editor's preview.</summary>
    public static async Task<AnnouncementItem> DetailAsync(Announcement announcement, PortalDbContext db, AnnouncementViews views, DateTime now, CancellationToken cancellationToken)
    {
        var corrections = await db.AnnouncementVersions().AsNoTracking()
            .Where(v => v.AnnouncementId == announcement.Id && v.Number > 1)
            .OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.CreatedAt, v.Reason })
            .ToListAsync(cancellationToken);
        var notice = announcement.NoticeId is { } noticeId
            ? await db.Announcements().AsNoTracking().PublicAt(now).FirstOrDefaultAsync(a => a.Id == noticeId, cancellationToken)
            : null;
        var followUps = await db.Announcements().AsNoTracking().PublicAt(now)
            .Where(a => a.NoticeId == announcement.Id)
            .OrderBy(a => a.PublishAt)
            .ToListAsync(cancellationToken);
        var item = await views.ToItemAsync(announcement, cancellationToken);
        return item with
        {
            Corrections = corrections.Select(c => new CorrectionView(c.Number, ChinaTime.DateOf(c.CreatedAt), c.Reason ?? string.Empty)).ToList(),
            Notice = notice is null ? null : Related(notice),
            FollowUps = followUps.Select(Related).ToList(),
        };
    }

    public static RelatedView Related(Announcement a) => new(a.Id, WireValue.Of(a.List), WireValue.Of(a.Stage), a.Title, a.PublishedOn);
}
