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
        // Version 1 is the publication itself: only a corrected announcement has a trail to read.
        var corrections = announcement.Version <= 1 ? [] : await db.AnnouncementVersions().AsNoTracking()
            .Where(v => v.AnnouncementId == announcement.Id && v.Number > 1)
            .OrderBy(v => v.Number)
            .Select(v => new CorrectionView(v.Number, ChinaTime.DateOf(v.CreatedAt), v.Reason ?? string.Empty))
            .ToListAsync(cancellationToken);
        // The notice it follows and what followed it, in one query by key, and public-now checked here: with the status
        // condition in the query, SQLite walks the (Status, PublishAt) index over every published announcement.
        var id = announcement.Id;
        var noticeId = announcement.NoticeId ?? 0;
        var related = (await db.Announcements().AsNoTracking()
                .Where(a => a.NoticeId == id || a.Id == noticeId)
                .Select(a => new { a.Id, a.NoticeId, a.List, a.Stage, a.Title, a.PublishedOn, a.Status, a.PublishAt })
                .ToListAsync(cancellationToken))
            .Where(a => a.Status == AnnouncementStatus.Published && a.PublishAt <= now)
            .ToList();
        var notice = related.FirstOrDefault(a => a.Id == noticeId);
        var attachments = await db.AnnouncementAttachments().AsNoTracking()
            .Where(a => a.AnnouncementId == id)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.Size, a.Sha256 })
            .ToListAsync(cancellationToken);
        var item = await views.ToItemAsync(announcement, cancellationToken);
        return item with
        {
            Corrections = corrections,
            Notice = notice is null ? null : new RelatedView(notice.Id, WireValue.Of(notice.List), WireValue.Of(notice.Stage), notice.Title, notice.PublishedOn),
            FollowUps = related.Where(a => a.NoticeId == id).OrderBy(a => a.PublishAt)
                .Select(a => new RelatedView(a.Id, WireValue.Of(a.List), WireValue.Of(a.Stage), a.Title, a.PublishedOn)).ToList(),
            Attachments = attachments.Select(a => new AttachmentView(a.Id, a.Title, a.Size, a.Sha256, $"/announcements/{id}/attachments/{a.Id}")).ToList(),
        };
    }
}
