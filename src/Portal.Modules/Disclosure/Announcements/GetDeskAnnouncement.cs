using Portal.Modules.Disclosure.Deadlines;
using Portal.Modules.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An editor's view of one of its unit's announcements in any state: the preview, the publication countdown in
/// working days, and the audit trail (GET /api/v1/desk/announcements/{id}).
/// </summary>
public static class GetDeskAnnouncement
{
    /// <param name="Details">The stored details (JSON) for programs; <paramref name="Readable"/> says the same in Chinese.</param>
    public sealed record AuditLine(DateTime At, string Actor, string Action, string? Details, ReadableAuditLine Readable);

    public sealed record Result(AnnouncementItem Announcement, int? WorkingDaysLeft, string? SubmittedBy, string? ReviewComment, bool CanReview, IReadOnlyList<AuditLine> Audit,
        IReadOnlyList<Urging> Urgings);

    public sealed class Handler(PortalDbContext db, OwnAnnouncement own, AnnouncementViews views, WorkingDayCalendar calendar, TimeProvider clock,
        Urgings urgings)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var loaded = await own.LoadAsync(id, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded.Cast<Result>();
            }
            var announcement = loaded.Value!;
            var now = clock.GetUtcNow().UtcDateTime;
            var item = await GetAnnouncement.DetailAsync(announcement, db, views, now, cancellationToken);
            var audit = await AnnouncementAudit.OfAsync(db, announcement, cancellationToken);
            int? left = null;
            if (announcement.Status is AnnouncementStatus.Draft or AnnouncementStatus.InReview)
            {
                left = DeadlineRules.WorkingDaysLeft(await calendar.GetRulesAsync(cancellationToken), ChinaTime.Today(clock), announcement.PublicationDueOn);
            }
            var canReview = announcement.Status == AnnouncementStatus.InReview && announcement.SubmittedBy != actor.UserName;
            return Outcome<Result>.Ok(new Result(item, left, announcement.SubmittedBy, announcement.ReviewComment, canReview,
                [.. audit.Select(e => new AuditLine(e.Stored.At, e.Stored.Actor, e.Stored.Action, e.Stored.Details, e.Readable))],
                await urgings.ForSubjectAsync(DisclosureObligations.OfAnnouncement, id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken)));
        }
    }
}
