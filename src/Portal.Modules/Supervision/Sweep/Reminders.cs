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
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>
/// Who hears about which deadline: the responsible unit's staff within the reminder window and on the due date,
/// the supervisors of the level above once it is overdue. Each (obligation, kind, person) is one notice, once; the
/// notices of a day go out as one digest per person, so a unit with forty deadlines gets one e-mail, not forty.
/// </summary>
public sealed class Reminders(PortalDbContext db, StaffDirectory staff, ObligationKinds kinds, MailOutbox outbox, IOptions<SupervisionOptions> options,
    IOptions<PortalOptions> portal)
{

    /// <summary>
    /// Rows settled in one transaction. The first sweep of a province's history finds a million overdue at once; in
    /// batches of 500 their transactions took 8.6 of its 37 seconds at 200,000 announcements on PostgreSQL.
    /// </summary>
    private const int Batch = 5000;

    private sealed record Pending(long Id, ObligationStatus Status, string RegionCode, int UnitId, string Role);

    /// <summary>Notices for the rows whose status changed into one people hear about, a batch at a time.</summary>
    public async Task<int> CreateNoticesAsync(DateOnly today, RegionTree regions, CancellationToken cancellationToken)
    {
        var added = 0;
        long after = 0;
        while (true)
        {
            var open = await db.Obligations().AsNoTracking()
                .Where(o => o.NoticePending && o.Id > after)
                .OrderBy(o => o.Id).Take(Batch)
                .Select(o => new Pending(o.Id, o.Status, o.RegionCode, o.UnitId, o.Role))
                .ToListAsync(cancellationToken);
            if (open.Count == 0)
            {
                return added;
            }
            after = open[^1].Id;
            var notices = await NoticesForAsync(open, today, regions, isNew: false, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.InsertAsync(notices, cancellationToken);
            var ids = open.Select(o => o.Id).ToList();
            await db.Obligations().Where(o => EF.Parameter(ids).Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.NoticePending, false), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            added += notices.Count;
        }
    }

    /// <summary>
    /// The notices of rows the sweep is writing now, written in its transaction; the rows are stored with their flag
    /// already cleared. Clearing it after the first sweep of a history rewrote over a million rows (PostgreSQL: 4 of
    /// the 26 s at 200,000 announcements).
    /// </summary>
    public async Task<int> NotifyNewAsync(IReadOnlyList<Obligation> rows, DateOnly today, RegionTree regions, CancellationToken cancellationToken)
    {
        var open = rows.Select(o => new Pending(o.Id, o.Status, o.RegionCode, o.UnitId, o.Role)).ToList();
        return await db.InsertAsync(await NoticesForAsync(open, today, regions, isNew: true, cancellationToken), cancellationToken);
    }

    /// <param name="isNew">The rows were written just now: none has a notice yet.</param>
    private async Task<List<ObligationNotice>> NoticesForAsync(List<Pending> open, DateOnly today, RegionTree regions, bool isNew, CancellationToken cancellationToken)
    {
        var recipients = await RecipientsAsync(cancellationToken);
        var ids = open.Select(o => o.Id).ToList();
        var existing = isNew ? [] : (await db.ObligationNotices().AsNoTracking()
                .Where(n => EF.Parameter(ids).Contains(n.ObligationId))
                .Select(n => new { n.ObligationId, n.Kind, n.UserId })
                .ToListAsync(cancellationToken))
            .Select(n => (n.ObligationId, n.Kind, n.UserId))
            .ToHashSet();
        var notices = new List<ObligationNotice>();
        foreach (var obligation in open.Where(o => o.Status is ObligationStatus.DueSoon or ObligationStatus.Due or ObligationStatus.Overdue))
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
                    notices.Add(new ObligationNotice { ObligationId = obligation.Id, Kind = kind, UserId = person.UserId, CreatedOn = today });
                }
            }
        }
        return notices;
    }

    /// <summary>
    /// The supervisors of the nearest level above the unit's region that has any (a county's deadline goes to its
    /// city); a province's own deadline goes to the province's supervisors, there being no level above.
    /// </summary>
    private static IEnumerable<StaffDirectory.Member> SupervisorsAbove(string regionCode, IReadOnlyList<StaffDirectory.Member> recipients, RegionTree regions)
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

    private IReadOnlyList<StaffDirectory.Member>? _recipients;

    /// <summary>Staff with an e-mail address and their roles, read once per sweep (this service lives for one).</summary>
    private async Task<IReadOnlyList<StaffDirectory.Member>> RecipientsAsync(CancellationToken cancellationToken) =>
        _recipients ??= await staff.ReachableAsync(cancellationToken);

    /// <summary>
    /// One e-mail per person per day with every notice not yet mailed. A person who already had today's digest gets
    /// the rest tomorrow; the outbox's key makes a second digest for the same day impossible, on any node.
    /// </summary>
    public async Task<int> ComposeDigestsAsync(DateOnly today, WorkingDayRules calendar, CancellationToken cancellationToken)
    {
        var people = await db.ObligationNotices().AsNoTracking().Where(n => n.SettledOn == null).Select(n => n.UserId).Distinct().ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return 0;
        }
        var recipients = (await RecipientsAsync(cancellationToken)).ToDictionary(r => r.UserId);
        var composed = 0;
        foreach (var userId in people)
        {
            if (!recipients.TryGetValue(userId, out var person))
            {
                continue;
            }
            var key = $"digest:{person.UserId}:{today:yyyy-MM-dd}";
            if (await outbox.ExistsAsync(key, cancellationToken))
            {
                continue;
            }
            var lastNotice = await db.ObligationNotices().Where(n => n.UserId == userId && n.SettledOn == null).MaxAsync(n => n.Id, cancellationToken);
            var open = db.ObligationNotices().AsNoTracking()
                .Where(n => n.UserId == userId && n.SettledOn == null && n.Id <= lastNotice)
                .Join(db.Obligations().AsNoTracking(), n => n.ObligationId, o => o.Id, (n, o) => new { n.Kind, Obligation = o })
                .Where(x => x.Obligation.Status != ObligationStatus.Met && x.Obligation.Status != ObligationStatus.Lapsed);
            var sections = new List<(NoticeKind Kind, int Count, List<Obligation> Shown)>();
            foreach (var kind in new[] { NoticeKind.Escalation, NoticeKind.DueDay, NoticeKind.Reminder })
            {
                var ofKind = open.Where(x => x.Kind == kind).Select(x => x.Obligation);
                var count = await ofKind.CountAsync(cancellationToken);
                if (count > 0)
                {
                    sections.Add((kind, count, await ofKind.OrderBy(o => o.DueOn).ThenBy(o => o.Id).Take(MaxLinesPerSection).ToListAsync(cancellationToken)));
                }
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            long? mailId = null;
            if (sections.Count > 0)
            {
                var mail = outbox.Enqueue(key, person.Email, person.UserName,
                    string.Format(SupervisionText.DigestSubject, CoreText.SiteName, today.ToString("yyyy年M月d日"), sections.Sum(x => x.Count)),
                    Body(person.UserName, sections, today, calendar));
                await db.SaveChangesAsync(cancellationToken);
                mailId = mail.Id;
                composed++;
            }
            // Notices of deadlines met before their digest went out are settled without a mail: nothing to say any more.
            await db.ObligationNotices().Where(n => n.UserId == userId && n.Id <= lastNotice && n.SettledOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailId, mailId).SetProperty(n => n.SettledOn, today), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return composed;
    }

    /// <summary>A digest names this many items of each kind and counts the rest: the list on the back office has them all.</summary>
    public const int MaxLinesPerSection = 100;

    private string Body(string userName, List<(NoticeKind Kind, int Count, List<Obligation> Shown)> sections, DateOnly today, WorkingDayRules calendar)
    {
        var text = new StringBuilder()
            .AppendLine(string.Format(SupervisionText.DigestGreeting, userName))
            .AppendLine()
            .AppendLine(SupervisionText.DigestIntro);
        // Absolute links, so they open from a mail reader: this module's address, else the site's (Portal:Site:PublicUrl).
        var site = (options.Value.PublicUrl ?? portal.Value.Site.PublicUrl)?.TrimEnd('/') ?? string.Empty;
        foreach (var (kind, count, shown) in sections)
        {
            var heading = kind switch
            {
                NoticeKind.Escalation => SupervisionText.DigestEscalations,
                NoticeKind.DueDay => SupervisionText.DigestDueDay,
                _ => SupervisionText.DigestReminders,
            };
            text.AppendLine().AppendLine($"【{heading}】");
            foreach (var o in shown)
            {
                var overdue = ObligationClock.OverdueWorkingDays(calendar, o.DueOn, today);
                var state = overdue > 0 ? string.Format(SupervisionText.DigestOverdue, overdue)
                    : today >= o.DueOn ? SupervisionText.DigestDueToday
                    : string.Format(SupervisionText.DigestLeft, calendar.WorkingDaysBetween(today, o.DueOn));
                text.AppendLine(string.Format(SupervisionText.DigestLine, kinds.TitleOf(o.Kind), o.Title, o.UnitName, o.DueOn.ToDateTime(TimeOnly.MinValue), state));
                // A supervisor cannot open the unit's own page; the subject's read-only view is theirs.
                var link = kind == NoticeKind.Escalation ? kinds.SupervisorLinkOf(o.Kind, o.SubjectId) ?? o.Link : o.Link;
                text.AppendLine(string.Format(SupervisionText.DigestLink, site + link));
            }
            if (count > shown.Count)
            {
                text.AppendLine(string.Format(SupervisionText.DigestMore, count - shown.Count, site + "/backoffice/supervision"));
            }
        }
        return text.AppendLine().AppendLine(SupervisionText.DigestFooter).ToString();
    }
}
