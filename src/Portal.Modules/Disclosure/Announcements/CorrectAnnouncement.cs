using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An editor corrects a published announcement (更正): a new public version with its reason, the earlier ones kept
/// in the corrections trail (POST /api/v1/announcements/{id}/corrections). Fields left out keep their value.
/// </summary>
public static class CorrectAnnouncement
{
    public sealed record Result(int Id, int Version, IReadOnlyList<string> Changed);

    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, ValidateAnnouncement.Validator validator, Audit audit, TimeProvider clock, DisclosureCache cache)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, string? reason, AnnouncementInput changes, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<Result>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status != AnnouncementStatus.Published)
            {
                return Outcome<Result>.Conflict(string.Format(DisclosureText.NotPublished, DisclosureText.StatusName(announcement.Status, false), DisclosureText.ActionCorrect));
            }
            var errors = OwnAnnouncement.CheckReason(reason, "reason", DisclosureText.CorrectionReasonLabel);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var before = AnnouncementMapping.InputOf(announcement);
            if (ChangesIdentity(before, changes))
            {
                return Outcome<Result>.Invalid(new ValidationErrors().Add("list", DisclosureText.CorrectionIdentity));
            }
            var merged = Merge(AnnouncementMapping.InputOf(announcement), changes);
            var check = await validator.ValidateAsync(merged, actor, id, cancellationToken);
            if (!check.Succeeded)
            {
                return check.Cast<Result>();
            }
            AnnouncementMapping.Apply(announcement, check.Value!);
            var diff = Changes.Between(before, AnnouncementMapping.InputOf(announcement));
            if (diff.Count == 0)
            {
                db.ChangeTracker.Clear();
                return Outcome<Result>.Invalid(new ValidationErrors().Add("reason", DisclosureText.CorrectionNoChange));
            }
            var now = clock.GetUtcNow().UtcDateTime;
            announcement.Version++;
            announcement.UpdatedAt = now;
            db.AnnouncementVersions().Add(new AnnouncementVersion
            {
                AnnouncementId = announcement.Id, Number = announcement.Version, Title = announcement.Title, DocumentNumber = announcement.DocumentNumber,
                Deadline = announcement.Deadline, Body = announcement.Body, Reason = reason!.Trim(), CreatedAt = now, CreatedBy = actor.UserName,
            });
            audit.Record(actor.UserName, "announcement.correct", nameof(Announcement), OwnAnnouncement.IdOf(announcement),
                new { version = announcement.Version, reason = reason.Trim(), changes = diff });
            await db.SaveChangesAsync(cancellationToken);
            await cache.EvictAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(announcement.Id, announcement.Version, diff.Keys.ToList()));
        }

        private static bool ChangesIdentity(AnnouncementInput current, AnnouncementInput changes) =>
            Differs(changes.List, current.List) || Differs(changes.Stage, current.Stage) || Differs(changes.RegionCode, current.RegionCode)
            || Differs(changes.Department, current.Department) || Differs(changes.Level, current.Level)
            || (changes.EnterpriseCreditCode is { } code && Portal.Modules.Core.Enterprises.CreditCode.Normalize(code) != current.EnterpriseCreditCode);

        private static bool Differs(string? given, string? current) => !string.IsNullOrWhiteSpace(given) && given.Trim() != current;

        private static AnnouncementInput Merge(AnnouncementInput current, AnnouncementInput changes)
        {
            foreach (var property in typeof(AnnouncementInput).GetProperties())
            {
                if (property.GetValue(changes) is { } value && value is not string { Length: 0 })
                {
                    property.SetValue(current, value);
                }
            }
            return current;
        }
    }
}
