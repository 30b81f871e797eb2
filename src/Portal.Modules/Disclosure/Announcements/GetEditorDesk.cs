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
/// The editor's desk (GET /api/v1/desk): its unit's drafts with the 10-working-day countdown, what is due soon or
/// overdue, scheduled publications, and the latest published with whether each came out in time.
/// </summary>
public static class GetEditorDesk
{
    /// <summary>Drafts this close to their due date are flagged, so nothing slips over a long holiday.</summary>
    public const int DueSoonWorkingDays = 3;

    public sealed record Row(int Id, string Title, string List, string Stage, string Status, string EnterpriseName, DateOnly InspectionCompletedOn,
        DateOnly PublicationDueOn, int? WorkingDaysLeft, DateOnly? PublishedOn, int? WorkingDaysLate, string? ReviewComment);

    public sealed record Result(string Unit, IReadOnlyList<Row> Drafts, IReadOnlyList<Row> Scheduled, IReadOnlyList<Row> Published, int DueSoon, int Overdue,
        IReadOnlyList<Urging> Urgings);

    public sealed class Handler(PortalDbContext db, WorkingDayCalendar calendar, TimeProvider clock, Urgings urgings)
    {
        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, CancellationToken cancellationToken)
        {
            var rules = await calendar.GetRulesAsync(cancellationToken);
            var today = ChinaTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            var unitId = actor.Unit.Id;
            var open = await db.Announcements().AsNoTracking()
                .Where(a => a.UnitId == unitId && (a.Status == AnnouncementStatus.Draft || a.Status == AnnouncementStatus.InReview))
                .OrderBy(a => a.PublicationDueOn).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken);
            var scheduled = await db.Announcements().AsNoTracking()
                .Where(a => a.UnitId == unitId && a.Status == AnnouncementStatus.Published && a.PublishAt > now)
                .OrderBy(a => a.PublishAt)
                .ToListAsync(cancellationToken);
            var published = await db.Announcements().AsNoTracking()
                .Where(a => a.UnitId == unitId && a.Status == AnnouncementStatus.Published && a.PublishAt <= now)
                .OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id)
                .Take(20)
                .ToListAsync(cancellationToken);

            Row ToRow(Announcement a)
            {
                var left = a.Status is AnnouncementStatus.Draft or AnnouncementStatus.InReview ? DeadlineRules.WorkingDaysLeft(rules, today, a.PublicationDueOn) : (int?)null;
                var late = a.PublishedOn is { } on && on > a.PublicationDueOn ? rules.WorkingDaysBetween(a.PublicationDueOn, on) : (int?)null;
                return new Row(a.Id, a.Title, WireValue.Of(a.List), WireValue.Of(a.Stage),
                    a.Status == AnnouncementStatus.Published && a.PublishAt > now ? "scheduled" : WireValue.Of(a.Status),
                    a.EnterpriseName, a.InspectionCompletedOn, a.PublicationDueOn, left, a.PublishedOn, late, a.ReviewComment);
            }

            var drafts = open.Select(ToRow).ToList();
            return Outcome<Result>.Ok(new Result(
                actor.Unit.Name,
                drafts,
                scheduled.Select(ToRow).ToList(),
                published.Select(ToRow).ToList(),
                drafts.Count(d => d.WorkingDaysLeft is >= 0 and <= DueSoonWorkingDays),
                drafts.Count(d => d.WorkingDaysLeft < 0),
                await urgings.OpenForUnitAsync(unitId, cancellationToken)));
        }
    }
}
