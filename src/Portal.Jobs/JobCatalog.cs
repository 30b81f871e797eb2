using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Enterprises.Import;
using Portal.Modules.Core.Mail;
using Portal.Modules.Disclosure.Subscriptions;
using Portal.Modules.Reports.Routing;
using Portal.Modules.Search.Index;
using Portal.Modules.Supervision.Credit;
using Portal.Modules.Supervision.Sweep;

namespace Portal.Jobs;

/// <summary>What one run did, in the words the jobs page shows.</summary>
/// <param name="Work">When the work itself began and how long it took, if the job first waited for another run to finish.</param>
public sealed record JobOutcome(bool Skipped, string? Summary, (DateTimeOffset StartedAt, TimeSpan Duration)? Work = null)
{
    public static JobOutcome Done(string? summary, (DateTimeOffset, TimeSpan)? work = null) => new(false, summary, work);
    public static JobOutcome Skip(string? summary) => new(true, summary);
}

/// <summary>
/// A job the administrators see and may run now: one call into the module service that owns the work, in a scope
/// of its own. Every one of them is safe to run twice, or on two nodes at once.
/// </summary>
/// <param name="IntervalKey">Its schedule: a period (<c>00:00:30</c>) or a six-field cron expression.</param>
/// <param name="EveryNode">Each node runs it for itself, outside the farm's schedule (its own search index).</param>
public sealed record PortalJobInfo(
    string Name, string Title, string Description, string IntervalKey, TimeSpan DefaultInterval,
    Func<IServiceProvider, bool, CancellationToken, Task<JobOutcome>> Work, bool EveryNode = false);

public static class JobCatalog
{
    public const string SearchIndex = "search-index";

    public static readonly IReadOnlyList<PortalJobInfo> All =
    [
        new(ReportRouter.JobName, JobsText.RoutingTitle, JobsText.RoutingDescription, "Portal:Jobs:RoutingInterval", TimeSpan.FromSeconds(30),
            async (services, _, cancellationToken) =>
                JobOutcome.Done(string.Format(JobsText.Routed, await services.GetRequiredService<ReportRouter>().RouteAllWaitingAsync(cancellationToken)))),
        new(DeadlineSweep.Name, JobsText.SweepTitle, JobsText.SweepDescription, "Portal:Jobs:DeadlineSweepInterval", TimeSpan.FromMinutes(5),
            async (services, manual, cancellationToken) =>
            {
                // A person who asks for a sweep waits for the one running; the schedule leaves it to that one.
                var result = await services.GetRequiredService<DeadlineSweep>().RunAsync(wait: manual, cancellationToken);
                return result.Ran ? JobOutcome.Done(result.Summary, result.Work) : JobOutcome.Skip(result.Summary);
            }),
        new(MailDispatcher.JobName, JobsText.MailTitle, JobsText.MailDescription, "Portal:Jobs:MailInterval", TimeSpan.FromMinutes(1),
            async (services, _, cancellationToken) =>
            {
                var result = await services.GetRequiredService<MailDispatcher>().SendDueAsync(cancellationToken);
                return JobOutcome.Done(string.Format(JobsText.Mailed, result.Sent, result.Failed, result.Abandoned));
            }),
        new(SubscriptionDigest.JobName, JobsText.DigestTitle, JobsText.DigestDescription, "Portal:Jobs:SubscriptionDigestInterval", TimeSpan.FromMinutes(15),
            async (services, _, cancellationToken) =>
            {
                var result = await services.GetRequiredService<SubscriptionDigest>().SendDueAsync(cancellationToken);
                return JobOutcome.Done(string.Format(JobsText.Digested, result.Sent, result.Quiet, result.Expired));
            }),
        new(CreditDelivery.Name, JobsText.CreditTitle, JobsText.CreditDescription, "Portal:Jobs:CreditPushInterval", TimeSpan.FromMinutes(5),
            async (services, _, cancellationToken) => JobOutcome.Done((await services.GetRequiredService<CreditDelivery>().DeliverAsync(cancellationToken)).Summary)),
        new(ConfirmEnterpriseImport.JobName, JobsText.ImportTitle, JobsText.ImportDescription, "Portal:Jobs:EnterpriseImportInterval", TimeSpan.FromMinutes(1),
            async (services, manual, cancellationToken) =>
                JobOutcome.Done(string.Format(JobsText.Imported, await services.GetRequiredService<EnterpriseImportRunner>().RunAsync(wait: manual, cancellationToken)))),
        // Each node owns its index (docs/architecture.md, "How data flows"), so each node's own worker follows the log; running it
        // here catches this node up at once.
        new(SearchIndex, JobsText.SearchTitle, JobsText.SearchDescription, "Portal:Search:PollInterval", TimeSpan.FromSeconds(2),
            async (services, _, cancellationToken) =>
                JobOutcome.Done($"{await services.GetRequiredService<IndexMaintenance>().CatchUpAsync(cancellationToken)}"),
            EveryNode: true),
    ];

    public static PortalJobInfo? Find(string? name) => All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.Ordinal));
}
