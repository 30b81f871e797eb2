using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An editor withdraws a published announcement with a reason the public reads; it leaves the lists, and its own
/// page says when and why (POST /api/v1/announcements/{id}/withdraw).
/// </summary>
public static class WithdrawAnnouncement
{
    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, Audit audit, TimeProvider clock, DisclosureCache cache)
    {
        public async Task<Outcome<string>> HandleAsync(int id, string? reason, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<string>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status == AnnouncementStatus.Withdrawn)
            {
                return Outcome<string>.Conflict(string.Format(DisclosureText.AlreadyWithdrawn, ChinaTime.DateOf(announcement.WithdrawnAt!.Value)));
            }
            if (announcement.Status != AnnouncementStatus.Published)
            {
                return Outcome<string>.Conflict(string.Format(DisclosureText.NotPublished, DisclosureText.StatusName(announcement.Status, false), DisclosureText.ActionWithdraw));
            }
            var errors = OwnAnnouncement.CheckReason(reason, "reason", DisclosureText.WithdrawalReasonLabel);
            if (!errors.IsEmpty)
            {
                return Outcome<string>.Invalid(errors);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            announcement.Status = AnnouncementStatus.Withdrawn;
            announcement.WithdrawnAt = now;
            announcement.WithdrawalReason = reason!.Trim();
            announcement.UpdatedAt = now;
            audit.Record(actor.UserName, "announcement.withdraw", nameof(Announcement), OwnAnnouncement.IdOf(announcement), new { reason = announcement.WithdrawalReason });
            await db.SaveChangesAsync(cancellationToken);
            await cache.EvictAsync(cancellationToken);
            return Outcome<string>.Ok("withdrawn");
        }
    }
}
