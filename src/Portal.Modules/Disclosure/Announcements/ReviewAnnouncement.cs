using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>The unit's reviewer approves a submitted draft, which publishes it, or returns it with a comment (POST …/{id}/review).</summary>
public static class ReviewAnnouncement
{
    public sealed record Command(string? Decision, string? Comment, DateTime? PublishAtUtc);

    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, ValidateAnnouncement.Validator validator, Publication publication, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<PublishAnnouncement.Result>> HandleAsync(int id, Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<PublishAnnouncement.Result>();
            }
            var announcement = loaded.Value!;
            if (announcement.Status != AnnouncementStatus.InReview)
            {
                return Outcome<PublishAnnouncement.Result>.Conflict(string.Format(DisclosureText.NotInReview, DisclosureText.StatusName(announcement.Status, false)));
            }
            if (string.Equals(announcement.SubmittedBy, actor.UserName, StringComparison.Ordinal))
            {
                return Outcome<PublishAnnouncement.Result>.Forbidden(DisclosureText.OwnReview);
            }
            switch (command.Decision)
            {
                case "approve":
                    return await PublishAnnouncement.PublishCheckedAsync(announcement, command.PublishAtUtc, actor, validator, publication, "announcement.approve", cancellationToken);
                case "return":
                    var comment = AnnouncementMapping.Trimmed(command.Comment);
                    if (comment?.Length > 500)
                    {
                        return Outcome<PublishAnnouncement.Result>.Invalid(new ValidationErrors().Add("comment", string.Format(Portal.Modules.Core.CoreText.TooLong, DisclosureText.ReviewComment, 500)));
                    }
                    announcement.Status = AnnouncementStatus.Draft;
                    announcement.ReviewComment = comment;
                    announcement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                    audit.Record(actor.UserName, "announcement.return", nameof(Announcement), OwnAnnouncement.IdOf(announcement), new { comment });
                    await db.SaveChangesAsync(cancellationToken);
                    return Outcome<PublishAnnouncement.Result>.Ok(new PublishAnnouncement.Result(announcement.Id, "draft", null, null, null, announcement.PublicationDueOn, null));
                default:
                    return Outcome<PublishAnnouncement.Result>.Invalid(new ValidationErrors().Add("decision", DisclosureText.ReviewDecision));
            }
        }
    }
}
