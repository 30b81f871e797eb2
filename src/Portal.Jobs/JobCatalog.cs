namespace Portal.Jobs;

/// <summary>A job the administrators see and may run now.</summary>
/// <param name="Scheduled">Run by the clustered scheduler (once across the farm); otherwise by every node for itself.</param>
public sealed record PortalJobInfo(string Name, string Title, string Description, Type? JobType, string IntervalKey, TimeSpan DefaultInterval, bool Scheduled = true);

public static class JobCatalog
{
    public const string SearchIndex = "search-index";

    public static readonly IReadOnlyList<PortalJobInfo> All =
    [
        new(ReportRoutingJob.Name, JobsText.RoutingTitle, JobsText.RoutingDescription, typeof(ReportRoutingJob), "Portal:Jobs:RoutingInterval", TimeSpan.FromSeconds(30)),
        new(DeadlineSweepJob.Name, JobsText.SweepTitle, JobsText.SweepDescription, typeof(DeadlineSweepJob), "Portal:Jobs:DeadlineSweepInterval", TimeSpan.FromMinutes(5)),
        new(MailOutboxJob.Name, JobsText.MailTitle, JobsText.MailDescription, typeof(MailOutboxJob), "Portal:Jobs:MailInterval", TimeSpan.FromMinutes(1)),
        new(CreditPushJob.Name, JobsText.CreditTitle, JobsText.CreditDescription, typeof(CreditPushJob), "Portal:Jobs:CreditPushInterval", TimeSpan.FromMinutes(5)),
        // Each node owns its index file (docs/architecture.md, "How data flows"), so each node's own worker follows the log; running it
        // here catches this node up at once.
        new(SearchIndex, JobsText.SearchTitle, JobsText.SearchDescription, null, "Portal:Search:PollInterval", TimeSpan.FromSeconds(2), Scheduled: false),
    ];

    public static PortalJobInfo? Find(string? name) => All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.Ordinal));
}
