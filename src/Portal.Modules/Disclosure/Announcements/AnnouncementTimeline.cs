using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Localization;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An enterprise's public history across the lists, told as one story: each announcement, and when the enterprise
/// entered and left the yellow list and why (rectified, forced to exit, or the notice withdrawn).
/// </summary>
public sealed class AnnouncementTimeline(PortalDbContext db, TimeProvider clock) : IEnterpriseTimelineSource
{
    public const string KindAnnouncement = "announcement";
    public const string KindWithdrawn = "withdrawn";
    public const string KindEnteredYellowList = "entered-yellow-list";
    public const string KindLeftYellowList = "left-yellow-list";

    public async Task<IReadOnlyList<EnterpriseTimelineEntry>> GetAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await db.Announcements().AsNoTracking().Where(a => a.EnterpriseId == enterpriseId).ToListAsync(cancellationToken);
        var shown = all.Where(a => GetAnnouncement.WasPublic(a, now)).ToList();
        var entries = new List<EnterpriseTimelineEntry>();
        foreach (var a in shown)
        {
            var list = WireValue.Of(a.List);
            var definition = ListDefinitions.Of(a.List, a.Stage);
            var stage = WireValue.Of(a.Stage);
            var link = $"/announcements/{a.Id}";
            entries.Add(new EnterpriseTimelineEntry(a.PublishedOn!.Value, KindAnnouncement,
                new TextWithData(DisclosureText.TimelineAnnouncement, definition.KindName, a.Title), list, stage, link));
            if (a.Status == AnnouncementStatus.Withdrawn)
            {
                entries.Add(new EnterpriseTimelineEntry(ChinaTime.DateOf(a.WithdrawnAt!.Value), KindWithdrawn,
                    new TextWithData(DisclosureText.TimelineWithdrawn, definition.KindName, a.WithdrawalReason), list, stage, link));
            }
            if (!ListDefinitions.Of(a.List).IsYellowList || a.Stage != AnnouncementStage.Notice)
            {
                continue;
            }
            entries.Add(new EnterpriseTimelineEntry(a.PublishedOn.Value, KindEnteredYellowList,
                new TextWithData(DisclosureText.TimelineEnteredYellow, a.Title), list, stage, link));
            var closer = shown.Where(r => r.NoticeId == a.Id && r.Status == AnnouncementStatus.Published && ListDefinitions.Of(r.List, r.Stage).LeavesYellowList is not null)
                .OrderBy(r => r.PublishAt).FirstOrDefault();
            if (closer is not null)
            {
                var text = ListDefinitions.Of(closer.List, closer.Stage).LeavesYellowList!;
                entries.Add(new EnterpriseTimelineEntry(closer.PublishedOn!.Value, KindLeftYellowList, new TextWithData(text, closer.Title),
                    WireValue.Of(closer.List), WireValue.Of(closer.Stage), $"/announcements/{closer.Id}"));
            }
            else if (a.Status == AnnouncementStatus.Withdrawn)
            {
                entries.Add(new EnterpriseTimelineEntry(ChinaTime.DateOf(a.WithdrawnAt!.Value), KindLeftYellowList,
                    new TextWithData(DisclosureText.TimelineLeftYellowWithdrawn, a.WithdrawalReason), list, stage, link));
            }
        }
        return entries;
    }
}
