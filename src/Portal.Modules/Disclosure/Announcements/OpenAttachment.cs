using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An attached document to read: anyone's once its announcement is public (/announcements/{id}/attachments/{n}), the
/// editing unit's before then (/backoffice/announcements/{id}/attachments/{n}).
/// </summary>
public static class OpenAttachment
{
    public sealed record Result(string FileName, byte[] Content, string Sha256);

    public sealed class Handler(PortalDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Result>> PublicAsync(int announcementId, int attachmentId, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var isPublic = await db.Announcements().AsNoTracking().PublicAt(now).AnyAsync(a => a.Id == announcementId, cancellationToken);
            return isPublic ? await ReadAsync(announcementId, attachmentId, cancellationToken) : Outcome<Result>.NotFound(DisclosureText.AttachmentNotFound);
        }

        public async Task<Outcome<Result>> DeskAsync(int announcementId, int attachmentId, StaffContext actor, CancellationToken cancellationToken)
        {
            var unit = await db.Announcements().AsNoTracking().Where(a => a.Id == announcementId).Select(a => (int?)a.UnitId).FirstOrDefaultAsync(cancellationToken);
            return unit is { } u && actor.ActsFor(u)
                ? await ReadAsync(announcementId, attachmentId, cancellationToken)
                : Outcome<Result>.NotFound(DisclosureText.AttachmentNotFound);
        }

        private async Task<Outcome<Result>> ReadAsync(int announcementId, int attachmentId, CancellationToken cancellationToken)
        {
            var found = await db.AnnouncementAttachments().AsNoTracking()
                .Where(a => a.Id == attachmentId && a.AnnouncementId == announcementId)
                .Select(a => new { a.Title, a.Content, a.Sha256 })
                .FirstOrDefaultAsync(cancellationToken);
            return found is null
                ? Outcome<Result>.NotFound(DisclosureText.AttachmentNotFound)
                : Outcome<Result>.Ok(new Result(found.Title + ".pdf", found.Content, found.Sha256));
        }
    }
}
