using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>An editor rewrites its own unit's draft (PUT /api/v1/announcements/{id}); published announcements are corrected instead.</summary>
public static class UpdateDraft
{
    public sealed record Result(int Id, DateOnly PublicationDueOn);

    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, ValidateAnnouncement.Validator validator, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, AnnouncementInput input, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<Result>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status != AnnouncementStatus.Draft)
            {
                return Outcome<Result>.Conflict(string.Format(DisclosureText.NotADraft, DisclosureText.StatusName(announcement.Status, false)));
            }
            var check = await validator.ValidateAsync(input, actor, id, cancellationToken);
            if (!check.Succeeded)
            {
                return check.Cast<Result>();
            }
            var before = AnnouncementMapping.InputOf(announcement);
            AnnouncementMapping.Apply(announcement, check.Value!);
            announcement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(actor.UserName, "announcement.edit", nameof(Announcement), OwnAnnouncement.IdOf(announcement),
                Changes.Between(before, AnnouncementMapping.InputOf(announcement)));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(announcement.Id, announcement.PublicationDueOn));
        }
    }
}
