using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An energy rectification gets its one extension of at most 3 months, with the reason recorded and shown
/// publicly (POST /api/v1/announcements/{id}/extension).
/// </summary>
public static class ExtendDeadline
{
    public sealed record Result(int Id, DateOnly OriginalDeadline, DateOnly Deadline);

    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, Audit audit, TimeProvider clock, DisclosureCache cache)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, DateOnly? deadline, string? reason, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<Result>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status != AnnouncementStatus.Published)
            {
                return Outcome<Result>.Conflict(string.Format(DisclosureText.NotPublished, DisclosureText.StatusName(announcement.Status, false), DisclosureText.ActionExtend));
            }
            var errors = OwnAnnouncement.CheckReason(reason, "reason", DisclosureText.ExtensionReasonLabel);
            if (deadline is null)
            {
                errors.Add("deadline", string.Format(Portal.Modules.Core.CoreText.FieldRequired, DisclosureText.NewDeadline));
            }
            else if (DeadlineRules.CheckExtension(announcement, deadline.Value) is { } problem)
            {
                errors.Add("deadline", problem);
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            announcement.ExtendedDeadline = deadline;
            announcement.ExtensionReason = reason!.Trim();
            announcement.ExtendedOn = ChinaTime.DateOf(now);
            announcement.UpdatedAt = now;
            audit.Record(actor.UserName, "announcement.extend", nameof(Announcement), OwnAnnouncement.IdOf(announcement),
                new { from = announcement.Deadline, to = deadline, reason = announcement.ExtensionReason });
            await db.SaveChangesAsync(cancellationToken);
            await cache.EvictAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(announcement.Id, announcement.Deadline!.Value, deadline!.Value));
        }
    }
}
