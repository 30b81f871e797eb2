using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>An editor discards a draft that was never public; anything once published can only be withdrawn.</summary>
public static class DeleteDraft
{
    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, Audit audit)
    {
        public async Task<Outcome<int>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<int>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status != AnnouncementStatus.Draft)
            {
                return Outcome<int>.Conflict(string.Format(DisclosureText.NotADraft, DisclosureText.StatusName(announcement.Status, false)));
            }
            audit.Record(actor.UserName, "announcement.delete", nameof(Announcement), OwnAnnouncement.IdOf(announcement), AnnouncementMapping.InputOf(announcement));
            db.Announcements().Remove(announcement);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<int>.Ok(id);
        }
    }
}
