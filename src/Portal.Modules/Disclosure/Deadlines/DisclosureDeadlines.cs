using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Deadlines;

/// <summary>
/// The deadlines announcements carry, for the supervision sweep: each publication's 10 working days, the 情况通报 of
/// each phase, the enterprise's own deadline, and the re-checks of sealed equipment; and the enterprises that belong
/// in the credit feed.
/// </summary>
public sealed class DisclosureDeadlines(PortalDbContext db, WorkingDayCalendar calendar) : IObligationSource
{
    public IReadOnlyCollection<ObligationKind> Kinds { get; } =
        [DisclosureObligations.Publication, DisclosureObligations.Notification, DisclosureObligations.EnterpriseDeadline, DisclosureObligations.SealedRecheck];

    private sealed record Row(
        int Id, AnnouncementList List, AnnouncementStage Stage, AnnouncementStatus Status, int UnitId, string PublisherName,
        string EnterpriseName, string EnterpriseCreditCode, int? NoticeId, DateOnly InspectionCompletedOn, DateOnly PublicationDueOn,
        DateOnly? Deadline, DateOnly? ExtendedDeadline, DateOnly? PublishedOn, DateTime? WithdrawnAt)
    {
        public DateOnly? EffectiveDeadline => ExtendedDeadline ?? Deadline;
    }

    private IQueryable<Row> Rows(System.Linq.Expressions.Expression<Func<Announcement, bool>> which) => db.Announcements().AsNoTracking().Where(which)
        .Select(a => new Row(a.Id, a.List, a.Stage, a.Status, a.UnitId, a.PublisherName, a.EnterpriseName, a.EnterpriseCreditCode, a.NoticeId,
            a.InspectionCompletedOn, a.PublicationDueOn, a.Deadline, a.ExtendedDeadline, a.PublishedOn, a.WithdrawnAt));

    public async Task<IReadOnlyList<long>> SubjectsAsync(SubjectQuery query, CancellationToken cancellationToken)
    {
        var after = (int)query.After;
        var announcements = db.Announcements().AsNoTracking().Where(a => a.Id > after);
        if (query.ChangedSince is { } since)
        {
            // Every change of an announcement sets UpdatedAt (docs/architecture.md, "Jobs"): index IX_Announcements_UpdatedAt.
            var from = since.UtcDateTime;
            announcements = announcements.Where(a => a.UpdatedAt >= from);
        }
        var ordered = announcements.OrderBy(a => a.Id);
        return await (query.Limit == int.MaxValue ? ordered : ordered.Take(query.Limit)).Select(a => (long)a.Id).ToListAsync(cancellationToken);
    }

    public async Task<ObligationBatch> CollectAsync(IReadOnlyList<long> subjects, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = subjects.Select(i => (int)i).ToList();
        var rows = await Rows(a => EF.Parameter(ids).Contains(a.Id)).ToListAsync(cancellationToken);
        // A result or forced exit ends its notice: the notice's deadline and credit record follow it.
        var notices = rows.Where(a => a.NoticeId is not null).Select(a => a.NoticeId!.Value).Except(ids).Distinct().ToList();
        if (notices.Count > 0)
        {
            rows.AddRange(await Rows(a => EF.Parameter(notices).Contains(a.Id)).ToListAsync(cancellationToken));
        }
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var endings = await EndingsAsync(rows.Where(a => a.Stage == AnnouncementStage.Notice).Select(a => a.Id).ToList(), cancellationToken);
        var facts = Deadlines(rows, endings, rules);
        facts.AddRange(await SealedAsync(rows, rules, cancellationToken));
        return new ObligationBatch(rows.Select(a => Key(a.Id)).ToHashSet(), facts, Credit(rows, endings, today));
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<ObligationFact> Deadlines(List<Row> rows, Dictionary<int, Row> endings, WorkingDayRules rules)
    {
        var facts = new List<ObligationFact>();
        foreach (var a in rows.Where(a => a.Status != AnnouncementStatus.Withdrawn))
        {
            var list = ListDefinitions.Of(a.List);
            var what = $"{list.Stage(a.Stage).KindName}：{a.EnterpriseName}";
            var link = $"/backoffice/announcements/{a.Id}";
            var id = Key(a.Id);
            // 002_aa3e6ff6d4b81995.txt 一(三): published within 10 working days of the inspection or acceptance.
            facts.Add(new ObligationFact(DisclosureObligations.Publication, id, what, a.UnitId, a.InspectionCompletedOn, a.PublicationDueOn,
                a.Status == AnnouncementStatus.Published ? a.PublishedOn : null, link, Roles.Editor));
            if (a.Status != AnnouncementStatus.Published)
            {
                continue;
            }
            // 002 二(一): each phase — problem found, rectification or exit done — is notified within 15 working days.
            if (list.NotifiesPhases)
            {
                facts.Add(new ObligationFact(DisclosureObligations.Notification, id, $"{DisclosureText.NotificationOf}{what}", a.UnitId, a.InspectionCompletedOn,
                    rules.AddWorkingDays(a.InspectionCompletedOn, ObligationRules.NotificationWorkingDays), null, link, Roles.Editor));
            }
            if (list.Stage(a.Stage).Shows(ContentField.Deadline) && a.EffectiveDeadline is { } deadline)
            {
                endings.TryGetValue(a.Id, out var ending);
                facts.Add(new ObligationFact(DisclosureObligations.EnterpriseDeadline, id, $"{DisclosureText.DeadlineOf}{what}", a.UnitId, a.InspectionCompletedOn,
                    deadline, ending?.PublishedOn, link, Roles.Editor));
            }
        }
        return facts;
    }

    /// <summary>Equipment sealed rather than dismantled must be re-checked so it does not come back (001, 003: 死灰复燃).</summary>
    private async Task<IEnumerable<ObligationFact>> SealedAsync(List<Row> rows, WorkingDayRules rules, CancellationToken cancellationToken)
    {
        var results = rows.Where(a => a.Status == AnnouncementStatus.Published && a.Stage == AnnouncementStage.Result
                && ListDefinitions.Of(a.List, a.Stage).Shows(ContentField.ExitMethod))
            .Select(a => a.Id)
            .Distinct()
            .ToList();
        if (results.Count == 0)
        {
            return [];
        }
        var bodies = await db.Announcements().AsNoTracking().Where(a => EF.Parameter(results).Contains(a.Id)).Select(a => new { a.Id, a.Body }).ToListAsync(cancellationToken);
        var byId = rows.DistinctBy(r => r.Id).ToDictionary(r => r.Id);
        return bodies
            .Select(b => (Row: byId[b.Id], Body: AnnouncementBody.FromJson(b.Body)))
            .Where(x => x.Body.ExitMethod == ExitMethod.Seal)
            .Select(x =>
            {
                var sealedOn = x.Body.CompletedOn ?? x.Row.InspectionCompletedOn;
                return new ObligationFact(DisclosureObligations.SealedRecheck, x.Row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{DisclosureText.RecheckOf}{x.Row.EnterpriseName}", x.Row.UnitId, sealedOn, ObligationRules.NextSealedRecheck(rules, sealedOn), null,
                    $"/backoffice/announcements/{x.Row.Id}", Roles.Editor);
            })
            .ToList();
    }

    /// <summary>The result (公告) or forced exit that ends each of these notices' story, the earliest published.</summary>
    private async Task<Dictionary<int, Row>> EndingsAsync(List<int> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return [];
        }
        // By IX_Announcements_NoticeId alone: with the status in the statement too, SQLite would walk the published ones.
        var endings = await Rows(a => EF.Parameter(notices).Contains(a.NoticeId!.Value)).ToListAsync(cancellationToken);
        return endings.Where(a => a.Status == AnnouncementStatus.Published && a.PublishedOn is not null)
            .GroupBy(a => a.NoticeId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(a => a.PublishedOn).First());
    }

    /// <summary>
    /// 002_aa3e6ff6d4b81995.txt 一(二): enterprises that did not exit on time (violation, elimination), and those failing
    /// a mandatory standard that will not rectify (a rectification deadline missed; a forced exit, the red list), go to
    /// the credit platform, and the follow-up is kept current.
    /// </summary>
    private static List<CreditFact> Credit(List<Row> rows, Dictionary<int, Row> endings, DateOnly today)
    {
        var facts = new List<CreditFact>();
        foreach (var a in rows.DistinctBy(a => a.Id).Where(a => a.PublishedOn is not null))
        {
            var id = a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var definition = ListDefinitions.Of(a.List);
            var list = definition.Wire;
            var withdrawnOn = a.WithdrawnAt is { } w ? ChinaTime.DateOf(w) : (DateOnly?)null;
            if (definition.ListedOnPublicationReason is { } listedFor)
            {
                facts.Add(new CreditFact(id, a.EnterpriseName, a.EnterpriseCreditCode, list, listedFor, a.PublisherName,
                    a.PublishedOn!.Value, null, CreditState.Listed, a.PublishedOn.Value));
                if (withdrawnOn is { } revoked)
                {
                    facts.Add(new CreditFact(id, a.EnterpriseName, a.EnterpriseCreditCode, list, DisclosureText.Withdrawn, a.PublisherName,
                        a.PublishedOn.Value, null, CreditState.Revoked, revoked));
                }
                continue;
            }
            if (a.Stage != AnnouncementStage.Notice || definition.MissedDeadlineReason is not { } reason || a.EffectiveDeadline is not { } deadline)
            {
                continue;
            }
            endings.TryGetValue(a.Id, out var ending);
            var completedOn = ending is not null && ListDefinitions.Of(ending.List, ending.Stage).Completes ? ending.InspectionCompletedOn : (DateOnly?)null;
            var missedOn = deadline.AddDays(1);
            // Missed: nothing done by the deadline, judged only once the deadline has passed (and before a withdrawal).
            var missed = completedOn is { } done ? done > deadline : today > deadline && (withdrawnOn is null || withdrawnOn > deadline);
            if (!missed)
            {
                continue;
            }
            facts.Add(new CreditFact(id, a.EnterpriseName, a.EnterpriseCreditCode, list, reason, a.PublisherName, missedOn, deadline, CreditState.Listed, missedOn));
            if (completedOn is { } completed)
            {
                facts.Add(new CreditFact(id, a.EnterpriseName, a.EnterpriseCreditCode, list, DisclosureText.CompletedLate, a.PublisherName, missedOn, deadline, CreditState.Completed, completed));
            }
            else if (withdrawnOn is { } revoked)
            {
                facts.Add(new CreditFact(id, a.EnterpriseName, a.EnterpriseCreditCode, list, DisclosureText.Withdrawn, a.PublisherName, missedOn, deadline, CreditState.Revoked, revoked));
            }
        }
        return facts;
    }
}
