using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Localization;
using Portal.Modules.Core.Mail;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>
/// The daily digest: after <see cref="DigestHour"/> o'clock in China each subscriber gets one mail with what was
/// published, corrected or withdrawn in their scope during the day before, and nothing when nothing was. A period is
/// claimed by moving the subscription's <see cref="Subscription.DigestedThrough"/> in the same transaction that queues its
/// mail, conditionally, so two nodes running at once, or a run repeated, never send a period twice.
/// </summary>
public sealed class SubscriptionDigest(
    PortalDbContext db, MailOutbox outbox, ExclusiveRun exclusive, RegionDirectory regions, NameDirectory names, TimeProvider clock)
{
    public const string JobName = "subscription-digest";

    /// <summary>China time at which a day's digest is made: mail that arrives with the working day, not at midnight.</summary>
    public const int DigestHour = 7;

    /// <summary>A period is closed this long after it ends, so a publication still committing at its end is in it.</summary>
    public static readonly TimeSpan SettleMargin = TimeSpan.FromMinutes(5);

    /// <summary>A digest names at most this many announcements of each kind, then links to the list.</summary>
    public const int MaxEntries = 50;

    private const int Batch = 100;

    public sealed record Result(int Sent, int Quiet, int Expired);

    private sealed record Entry(int Id, string Title, DateTime At);

    public async Task<Result> SendDueAsync(CancellationToken cancellationToken)
    {
        Result? result = null;
        await exclusive.TryRunAsync(JobName, async () => result = await RunAsync(cancellationToken), cancellationToken);
        return result ?? new Result(0, 0, 0);
    }

    /// <summary>The end of the latest period that may be closed now: <see cref="DigestHour"/> o'clock China time, today or yesterday.</summary>
    public static DateTime PeriodEndBefore(DateTime utcNow)
    {
        var local = ChinaTime.ToLocal(utcNow - SettleMargin);
        var end = local.Date.AddHours(DigestHour);
        return ChinaTime.ToUtc(end > local ? end.AddDays(-1) : end);
    }

    private async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var to = PeriodEndBefore(now);
        var expired = await ForgetUnconfirmedAsync(now - Subscription.PendingFor, cancellationToken);
        int sent = 0, quiet = 0;
        var tree = await regions.GetAsync(cancellationToken);
        var lastId = 0;
        while (true)
        {
            var due = await db.Set<Subscription>().AsNoTracking()
                .Where(s => s.Id > lastId && s.ConfirmedAt != null && s.DigestedThrough < to)
                .OrderBy(s => s.Id).Take(Batch).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return new Result(sent, quiet, expired);
            }
            foreach (var subscription in due)
            {
                switch (await DigestAsync(subscription, to, tree, cancellationToken))
                {
                    case true:
                        sent++;
                        break;
                    case false:
                        quiet++;
                        break;
                }
            }
            lastId = due[^1].Id;
        }
    }

    /// <returns>true when a digest was queued, false when there was nothing to say, null when another run had the period.</returns>
    private async Task<bool?> DigestAsync(Subscription s, DateTime to, RegionTree tree, CancellationToken cancellationToken)
    {
        var since = s.DigestedThrough!.Value;
        var matching = db.Announcements().AsNoTracking().Matching(s);
        var published = await matching
            .Where(a => a.Status == AnnouncementStatus.Published && a.PublishAt > since && a.PublishAt <= to)
            .OrderBy(a => a.PublishAt).ThenBy(a => a.Id)
            .Select(a => new Entry(a.Id, a.Title, a.PublishAt!.Value)).Take(MaxEntries + 1).ToListAsync(cancellationToken);
        var corrected = await (
                from v in db.AnnouncementVersions().AsNoTracking()
                join a in matching on v.AnnouncementId equals a.Id
                where v.Number > 1 && v.CreatedAt > since && v.CreatedAt <= to && a.Status == AnnouncementStatus.Published && a.PublishAt <= since
                orderby v.CreatedAt, a.Id
                select new Entry(a.Id, a.Title, v.CreatedAt))
            .Take(MaxEntries + 1).ToListAsync(cancellationToken);
        // Withdrawn after it was public: one withdrawn before anyone could read it was never news.
        var withdrawn = await matching
            .Where(a => a.Status == AnnouncementStatus.Withdrawn && a.WithdrawnAt > since && a.WithdrawnAt <= to && a.PublishAt <= a.WithdrawnAt)
            .OrderBy(a => a.WithdrawnAt).ThenBy(a => a.Id)
            .Select(a => new Entry(a.Id, a.Title, a.WithdrawnAt!.Value)).Take(MaxEntries + 1).ToListAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<Subscription>().Where(x => x.Id == s.Id && x.DigestedThrough == since)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.DigestedThrough, to), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }
        // Corrections of an announcement first published in the same period are already in its newest text.
        corrected = [.. corrected.DistinctBy(e => e.Id)];
        var news = published.Count + corrected.Count + withdrawn.Count > 0;
        if (news)
        {
            var scope = await PortalCultures.In(PortalCultures.FromCode(s.Language), () => SubscriptionScope.DescribeAsync(s, tree, names, db, cancellationToken));
            var (subject, body) = PortalCultures.In(PortalCultures.FromCode(s.Language), () => Compose(s, scope, to, published, corrected, withdrawn));
            outbox.Enqueue(s.MailKey("digest:" + ChinaTime.DateOf(to).ToString("yyyyMMdd", CultureInfo.InvariantCulture)), s.Email, null, subject, body,
                listUnsubscribe: $"{s.SiteUrl}/subscriptions/{s.Token}/unsubscribe");
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return news;
    }

    private static (string Subject, string Body) Compose(Subscription s, string scope, DateTime to, List<Entry> published, List<Entry> corrected, List<Entry> withdrawn)
    {
        var day = ChinaTime.DateOf(to).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = new StringBuilder();
        body.AppendLine(string.Format(DisclosureText.SubscriptionDigestIntro, scope, day)).AppendLine();
        Section(body, DisclosureText.SubscriptionDigestPublished, published, s);
        Section(body, DisclosureText.SubscriptionDigestCorrected, corrected, s);
        Section(body, DisclosureText.SubscriptionDigestWithdrawn, withdrawn, s);
        body.AppendLine(string.Format(DisclosureText.SubscriptionDigestSeeAll, s.SiteUrl + SubscriptionScope.ListPath(s)));
        body.AppendLine(string.Format(DisclosureText.SubscriptionDigestLeave, $"{s.SiteUrl}/subscriptions/{s.Token}/unsubscribe"));
        var count = published.Count + corrected.Count + withdrawn.Count;
        return (string.Format(DisclosureText.SubscriptionDigestSubject, day, count, scope), body.ToString());
    }

    private static void Section(StringBuilder body, string heading, List<Entry> entries, Subscription s)
    {
        if (entries.Count == 0)
        {
            return;
        }
        body.AppendLine(string.Format(heading, entries.Count > MaxEntries ? $"{MaxEntries}+" : entries.Count.ToString(CultureInfo.InvariantCulture)));
        foreach (var e in entries.Take(MaxEntries))
        {
            body.AppendLine($"· {e.Title}（{ChinaTime.DateOf(e.At):yyyy-MM-dd}）").AppendLine($"  {s.SiteUrl}/announcements/{e.Id}");
        }
        body.AppendLine();
    }

    /// <summary>Requests nobody confirmed in time are deleted with their confirmation mails: the address was never given to be kept.</summary>
    private async Task<int> ForgetUnconfirmedAsync(DateTime before, CancellationToken cancellationToken)
    {
        var stale = await db.Set<Subscription>().AsNoTracking().Where(s => s.ConfirmedAt == null && s.CreatedAt < before)
            .Select(s => new { s.Id, s.Token }).Take(1000).ToListAsync(cancellationToken);
        foreach (var s in stale)
        {
            await outbox.ForgetAsync(Subscription.MailKeyPrefixOf(s.Token), cancellationToken);
        }
        var ids = stale.Select(s => s.Id).ToList();
        return ids.Count == 0 ? 0 : await db.Set<Subscription>().Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
