using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Outcomes;

/// <summary>Published report outcomes on the enterprise's page, beside its announcements (results published for public supervision, 001 五(三)).</summary>
public sealed class ReportOutcomeTimeline(PortalDbContext db) : IEnterpriseTimelineSource
{
    public const string KindReportOutcome = "report-outcome";

    public async Task<IReadOnlyList<EnterpriseTimelineEntry>> GetAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        var published = await db.Reports().AsNoTracking()
            .Where(r => r.EnterpriseId == enterpriseId && r.OutcomePublishedOn != null)
            .Select(r => new { r.Id, r.Category, r.Conclusion, r.OutcomePublishedOn, r.PublicOutcome })
            .ToListAsync(cancellationToken);
        return published.Select(r => new EnterpriseTimelineEntry(r.OutcomePublishedOn!.Value, KindReportOutcome,
                new Portal.Modules.Core.Localization.TextWithData(ReportsText.TimelineOutcome, ReportWords.Category(r.Category),
                    r.Conclusion is { } c ? ReportWords.Conclusion(c) : "", r.PublicOutcome), null, null, $"/report/outcomes#outcome-{r.Id}"))
            .ToList();
    }
}
