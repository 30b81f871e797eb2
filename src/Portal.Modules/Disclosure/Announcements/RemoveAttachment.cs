using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>DELETE /api/v1/announcements/{id}/attachments/{attachmentId}: a document attached by mistake goes, before publication only.</summary>
public static class RemoveAttachment
{
    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, Audit audit)
    {
        public async Task<Outcome<int>> HandleAsync(int announcementId, int attachmentId, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(announcementId, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<int>();
            }
            if (loaded.Value!.Status is not (AnnouncementStatus.Draft or AnnouncementStatus.InReview))
            {
                return Outcome<int>.Conflict(DisclosureText.AttachmentOnlyDrafts);
            }
            var attachment = await db.AnnouncementAttachments()
                .Where(a => a.Id == attachmentId && a.AnnouncementId == announcementId)
                .Select(a => new { a.Id, a.Title })
                .FirstOrDefaultAsync(cancellationToken);
            if (attachment is null)
            {
                return Outcome<int>.NotFound(DisclosureText.AttachmentNotFound);
            }
            await db.AnnouncementAttachments().Where(a => a.Id == attachment.Id).ExecuteDeleteAsync(cancellationToken);
            audit.Record(actor.UserName, "announcement.detach", nameof(Announcement), OwnAnnouncement.IdOf(loaded.Value), new { attachment = attachment.Title });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<int>.Ok(attachment.Id);
        }
    }
}
