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
            // Its story takes two or three more queries: one connection from the pool for all of them, not one each.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var announcement = await ById.For(db)(db, id);
                if (announcement is null || !WasPublic(announcement, now))
                {
                    return Outcome<AnnouncementItem>.NotFound(string.Format(DisclosureText.AnnouncementNotFound, id));
                }
                return Outcome<AnnouncementItem>.Ok(await DetailAsync(announcement, db, views, now, cancellationToken));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public static bool WasPublic(Announcement a, DateTime now) =>
        a.IsPublicAt(now) || (a is { Status: AnnouncementStatus.Withdrawn, PublishAt: { } at, WithdrawnAt: { } withdrawn } && at <= withdrawn);

    /// <summary>The item with its story: shared by the public page and the editor's preview.</summary>
    public static async Task<AnnouncementItem> DetailAsync(Announcement announcement, PortalDbContext db, AnnouncementViews views, DateTime now, CancellationToken cancellationToken)
    {
        var id = announcement.Id;
        // Version 1 is the publication itself: only a corrected announcement has a trail to read.
        var corrections = announcement.Version <= 1 ? [] : await CorrectionsOf.For(db)(db, id).ToListAsync(cancellationToken);
        // The notice it follows and what followed it, in one query by key, and public-now checked here: with the status
        // condition in the query, SQLite walks the (Status, PublishAt) index over every published announcement.
        var related = (await RelatedTo.For(db)(db, id, announcement.NoticeId ?? 0).ToListAsync(cancellationToken))
            .Where(a => a.Status == AnnouncementStatus.Published && a.PublishAt <= now)
            .ToList();
        var notice = related.FirstOrDefault(a => a.Id == announcement.NoticeId);
        var attachments = await AttachmentsOf.For(db)(db, id).ToListAsync(cancellationToken);
        var item = await views.ToItemAsync(announcement, cancellationToken);
        return item with
        {
            Corrections = corrections.Select(v => new CorrectionView(v.Number, ChinaTime.DateOf(v.CreatedAt), v.Reason ?? string.Empty)).ToList(),
            Notice = notice is null ? null : new RelatedView(notice.Id, WireValue.Of(notice.List), WireValue.Of(notice.Stage), notice.Title, notice.PublishedOn),
            FollowUps = related.Where(a => a.NoticeId == id).OrderBy(a => a.PublishAt)
                .Select(a => new RelatedView(a.Id, WireValue.Of(a.List), WireValue.Of(a.Stage), a.Title, a.PublishedOn)).ToList(),
            Attachments = attachments.Select(a => new AttachmentView(a.Id, a.Title, a.Size, a.Sha256, $"/announcements/{id}/attachments/{a.Id}")).ToList(),
        };
    }

    // Compiled once: the public reads one announcement far more often than anything else, and building and looking up
    // these expression trees cost as much CPU as running them (profiled under wrk).
    private static readonly PerModel<Func<PortalDbContext, int, Task<Announcement?>>> ById = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.Set<Announcement>().AsNoTracking().FirstOrDefault(a => a.Id == id)));

    private static readonly PerModel<Func<PortalDbContext, int, IAsyncEnumerable<Correction>>> CorrectionsOf = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.Set<AnnouncementVersion>().AsNoTracking()
            .Where(v => v.AnnouncementId == id && v.Number > 1)
            .OrderBy(v => v.Number)
            .Select(v => new Correction(v.Number, v.CreatedAt, v.Reason))));

    private static readonly PerModel<Func<PortalDbContext, int, int, IAsyncEnumerable<Related>>> RelatedTo = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id, int noticeId) => db.Set<Announcement>().AsNoTracking()
            .Where(a => a.NoticeId == id || a.Id == noticeId)
            .Select(a => new Related(a.Id, a.NoticeId, a.List, a.Stage, a.Title, a.PublishedOn, a.Status, a.PublishAt))));

    private static readonly PerModel<Func<PortalDbContext, int, IAsyncEnumerable<Attachment>>> AttachmentsOf = new(() => EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.Set<AnnouncementAttachment>().AsNoTracking()
            .Where(a => a.AnnouncementId == id)
            .OrderBy(a => a.Id)
            .Select(a => new Attachment(a.Id, a.Title, a.Size, a.Sha256))));

    private sealed record Correction(int Number, DateTime CreatedAt, string? Reason);

    private sealed record Related(int Id, int? NoticeId, AnnouncementList List, AnnouncementStage Stage, string Title, DateOnly? PublishedOn,
        AnnouncementStatus Status, DateTime? PublishAt);

    private sealed record Attachment(int Id, string Title, long Size, string Sha256);
}
