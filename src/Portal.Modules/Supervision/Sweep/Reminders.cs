using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Mail;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>
/// Who hears about which deadline: the responsible unit's staff within the reminder window and on the due date,
/// the supervisors of the level above once it is overdue. Each (obligation, kind, person) is one notice, once; the
/// notices of a day go out as one digest per person, so a unit with forty deadlines gets one e-mail, not forty.
/// </summary>
public sealed class Reminders(PortalDbContext db, MailOutbox outbox, IOptions<SupervisionOptions> options)
{
    private sealed record Recipient(string UserId, string UserName, string Email, int UnitId, string RegionCode, HashSet<string> Roles);

    public async Task<int> CreateNoticesAsync(DateOnly today, RegionTree regions, CancellationToken cancellationToken)
    {
        var open = await db.Obligations().AsNoTracking()
            .Where(o => o.Status == ObligationStatus.DueSoon || o.Status == ObligationStatus.Due || o.Status == ObligationStatus.Overdue)
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }
        var recipients = await RecipientsAsync(cancellationToken);
        var ids = open.Select(o => o.Id).ToList();
        var existing = (await db.ObligationNotices().AsNoTracking()
                .Where(n => ids.Contains(n.ObligationId))
                .Select(n => new { n.ObligationId, n.Kind, n.UserId })
                .ToListAsync(cancellationToken))
            .Select(n => (n.ObligationId, n.Kind, n.UserId))
            .ToHashSet();
        var added = 0;
        foreach (var obligation in open)
        {
            var kind = obligation.Status switch
            {
                ObligationStatus.DueSoon => NoticeKind.Reminder,
                ObligationStatus.Due => NoticeKind.DueDay,
                _ => NoticeKind.Escalation,
            };
            var to = kind == NoticeKind.Escalation
                ? SupervisorsAbove(obligation.RegionCode, recipients, regions)
                : recipients.Where(r => r.UnitId == obligation.UnitId && r.Roles.Contains(obligation.Role));
            foreach (var person in to)
            {
                if (existing.Add((obligation.Id, kind, person.UserId)))
                {
                    db.ObligationNotices().Add(new ObligationNotice { ObligationId = obligation.Id, Kind = kind, UserId = person.UserId, CreatedOn = today });
                    added++;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// The supervisors of the nearest level above the unit's region that has any (a county's deadline goes to its
    /// city); a province's own deadline goes to the province's supervisors, there being no level above.
    /// </summary>
    private static IEnumerable<Recipient> SupervisorsAbove(string regionCode, IReadOnlyList<Recipient> recipients, RegionTree regions)
    {
        var supervisors = recipients.Where(r => r.Roles.Contains(Roles.Supervisor)).ToList();
        var lineage = regions.Lineage(regionCode).Select(r => r.Code).Reverse().ToList();
        foreach (var code in lineage.Count > 1 ? lineage.Skip(1) : lineage)
        {
            var found = supervisors.Where(s => s.RegionCode == code).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }
        return [];
    }

    private IReadOnlyList<Recipient>? _recipients;

    /// <summary>Staff with an e-mail address and their roles, read once per sweep (this service lives for one).</summary>
    private async Task<IReadOnlyList<Recipient>> RecipientsAsync(CancellationToken cancellationToken) =>
        _recipients ??= await LoadRecipientsAsync(cancellationToken);

    private async Task<IReadOnlyList<Recipient>> LoadRecipientsAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && u.Email != "")
            .Join(db.DepartmentUnits.AsNoTracking(), u => u.UnitId, unit => unit.Id, (u, unit) => new { u.Id, u.UserName, u.Email, u.UnitId, unit.RegionCode })
            .ToListAsync(cancellationToken);
        var roles = (await db.UserRoles.AsNoTracking()
                .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Name!).ToHashSet(StringComparer.Ordinal));
        return users
            .Select(u => new Recipient(u.Id, u.UserName ?? u.Id, u.Email!, u.UnitId, u.RegionCode, roles.GetValueOrDefault(u.Id) ?? []))
            .ToList();
    }

    /// <summary>
    /// One e-mail per person per day with every notice not yet mailed. A person who already had today's digest gets
    /// the rest tomorrow; the outbox's key makes a second digest for the same day impossible, on any node.
    /// </summary>
    public async Task<int> ComposeDigestsAsync(DateOnly today, WorkingDayRules calendar, CancellationToken cancellationToken)
    {
        var pending = await db.ObligationNotices().AsNoTracking()
            .Where(n => n.SettledOn == null)
            .Join(db.Obligations().AsNoTracking(), n => n.ObligationId, o => o.Id, (n, o) => new { Notice = n, Obligation = o })
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }
        var recipients = (await RecipientsAsync(cancellationToken)).ToDictionary(r => r.UserId);
        var composed = 0;
        foreach (var group in pending.GroupBy(p => p.Notice.UserId))
        {
            if (!recipients.TryGetValue(group.Key, out var person))
            {
                continue;
            }
            var key = $"digest:{person.UserId}:{today:yyyy-MM-dd}";
            if (await outbox.ExistsAsync(key, cancellationToken))
            {
                continue;
            }
            var items = group.Where(p => p.Obligation.Status is not (ObligationStatus.Met or ObligationStatus.Lapsed)).ToList();
            var noticeIds = group.Select(p => p.Notice.Id).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            long? mailId = null;
            if (items.Count > 0)
            {
                var mail = outbox.Enqueue(key, person.Email, person.UserName,
                    string.Format(SupervisionText.DigestSubject, CoreText.SiteName, today.ToString("yyyy年M月d日"), items.Count),
                    Body(person.UserName, items.Select(i => (i.Notice.Kind, i.Obligation)).ToList(), today, calendar));
                await db.SaveChangesAsync(cancellationToken);
                mailId = mail.Id;
                composed++;
            }
            // Notices of deadlines met before their digest went out are settled without a mail: nothing to say any more.
            await db.ObligationNotices().Where(n => noticeIds.Contains(n.Id) && n.SettledOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailId, mailId).SetProperty(n => n.SettledOn, today), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return composed;
    }

    private string Body(string userName, IReadOnlyList<(NoticeKind Kind, Obligation Obligation)> items, DateOnly today, WorkingDayRules calendar)
    {
        var text = new StringBuilder()
            .AppendLine(string.Format(SupervisionText.DigestGreeting, userName))
            .AppendLine()
            .AppendLine(SupervisionText.DigestIntro);
        foreach (var (kind, heading) in new[] { (NoticeKind.Escalation, SupervisionText.DigestEscalations), (NoticeKind.DueDay, SupervisionText.DigestDueDay), (NoticeKind.Reminder, SupervisionText.DigestReminders) })
        {
            var section = items.Where(i => i.Kind == kind).OrderBy(i => i.Obligation.DueOn).ThenBy(i => i.Obligation.Id).ToList();
            if (section.Count == 0)
            {
                continue;
            }
            text.AppendLine().AppendLine($"【{heading}】");
            foreach (var (_, o) in section)
            {
                var overdue = ObligationClock.OverdueWorkingDays(calendar, o.DueOn, today);
                var state = overdue > 0 ? string.Format(SupervisionText.DigestOverdue, overdue)
                    : today >= o.DueOn ? SupervisionText.DigestDueToday
                    : string.Format(SupervisionText.DigestLeft, calendar.WorkingDaysBetween(today, o.DueOn));
                text.AppendLine(string.Format(SupervisionText.DigestLine, SupervisionText.Kind(o.Kind), o.Title, o.UnitName, o.DueOn.ToDateTime(TimeOnly.MinValue), state));
                text.AppendLine(string.Format(SupervisionText.DigestLink, (options.Value.PublicUrl?.TrimEnd('/') ?? string.Empty) + o.Link));
            }
        }
        return text.AppendLine().AppendLine(SupervisionText.DigestFooter).ToString();
    }
}
