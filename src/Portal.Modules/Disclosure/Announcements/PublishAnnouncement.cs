using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>An editor publishes its own unit's draft, now or at a chosen time (POST /api/v1/announcements/{id}/publish).</summary>
public static class PublishAnnouncement
{
    public sealed record Result(int Id, string Status, string? IndexNumber, DateTime? PublishAt, DateOnly? PublishedOn, DateOnly PublicationDueOn, bool? OnTime);

    public sealed class Handler(OwnAnnouncement own, ValidateAnnouncement.Validator validator, Publication publication)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, DateTime? publishAtUtc, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<Result>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status == AnnouncementStatus.InReview)
            {
                return Outcome<Result>.Conflict(DisclosureText.AwaitingReview);
            }
            if (announcement.Status != AnnouncementStatus.Draft)
            {
                return Outcome<Result>.Conflict(string.Format(DisclosureText.CannotPublish, DisclosureText.StatusName(announcement.Status, false)));
            }
            return await PublishCheckedAsync(announcement, publishAtUtc, actor, validator, publication, "announcement.publish", cancellationToken);
        }
    }

    /// <summary>
    /// Checks the draft once more (the notice it follows may have been withdrawn, the calendar corrected) and publishes it.
    /// Shared with the reviewer's approval.
    /// </summary>
    internal static async Task<Outcome<Result>> PublishCheckedAsync(
        Announcement announcement, DateTime? publishAtUtc, StaffContext actor, ValidateAnnouncement.Validator validator, Publication publication, string action, CancellationToken cancellationToken)
    {
        var check = await validator.ValidateAsync(AnnouncementMapping.InputOf(announcement), actor, announcement.Id, cancellationToken);
        if (!check.Succeeded)
        {
            return check.Cast<Result>();
        }
        AnnouncementMapping.Apply(announcement, check.Value!);
        var published = await publication.PublishAsync(announcement, actor.UserName, publishAtUtc, action, cancellationToken);
        if (!published.Succeeded)
        {
            return published.Cast<Result>();
        }
        return Outcome<Result>.Ok(new Result(
            announcement.Id, publication.IsScheduled(announcement) ? "scheduled" : "published", announcement.IndexNumber, published.Value, announcement.PublishedOn,
            announcement.PublicationDueOn, announcement.PublishedOn <= announcement.PublicationDueOn));
    }
}
