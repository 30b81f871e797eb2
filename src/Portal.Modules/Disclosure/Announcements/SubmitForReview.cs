using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An editor who wants a second pair of eyes hands the draft to its unit's reviewer, another editor of the same
/// unit; until then it cannot be published (POST /api/v1/announcements/{id}/submit).
/// </summary>
public static class SubmitForReview
{
    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<string>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<string>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status != AnnouncementStatus.Draft)
            {
                return Outcome<string>.Conflict(string.Format(DisclosureText.NotADraft, DisclosureText.StatusName(announcement.Status, false)));
            }
            announcement.Status = AnnouncementStatus.InReview;
            announcement.SubmittedBy = actor.UserName;
            announcement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(actor.UserName, "announcement.submit", nameof(Announcement), OwnAnnouncement.IdOf(announcement));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<string>.Ok("in-review");
        }
    }
}
