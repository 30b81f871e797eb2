using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>An editor records an inspection's finding as a draft announcement of its own unit (POST /api/v1/announcements).</summary>
public static class CreateAnnouncement
{
    public sealed record Result(int Id, string Status, DateOnly PublicationDueOn, int WorkingDaysLeft);

    public sealed class Handler(PortalDbContext db, ValidateAnnouncement.Validator validator, Audit audit, WorkingDayCalendar calendar, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(AnnouncementInput input, StaffContext actor, CancellationToken cancellationToken)
        {
            var check = await validator.ValidateAsync(input, actor, null, cancellationToken);
            if (!check.Succeeded)
            {
                return check.Cast<Result>();
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var announcement = new Announcement
            {
                RegionCode = string.Empty, DepartmentKindCode = string.Empty, PublisherName = string.Empty, EnterpriseCreditCode = string.Empty,
                EnterpriseName = string.Empty, EnterpriseAddress = string.Empty, EnterpriseRegionCode = string.Empty, EnterpriseRegionPath = string.Empty,
                IndustryCode = string.Empty, Title = string.Empty, Body = string.Empty,
                Status = AnnouncementStatus.Draft, CreatedAt = now, UpdatedAt = now, CreatedBy = actor.UserName,
            };
            AnnouncementMapping.Apply(announcement, check.Value!);
            // The audit entry names the new id, so the draft and its entry commit together in one transaction.
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                db.Announcements().Add(announcement);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record(actor.UserName, "announcement.create", nameof(Announcement), OwnAnnouncement.IdOf(announcement), input);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            var rules = await calendar.GetRulesAsync(cancellationToken);
            return Outcome<Result>.Created(new Result(announcement.Id, "draft", announcement.PublicationDueOn,
                DeadlineRules.WorkingDaysLeft(rules, ChinaTime.Today(clock), announcement.PublicationDueOn)));
        }
    }
}
