using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Reports.Routing;
using Quartz;

namespace Portal.Jobs;

/// <summary>Hands received reports to their units' queues. Safe on two nodes at once: the router moves each report by a conditional update.</summary>
[DisallowConcurrentExecution]
public sealed class ReportRoutingJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "report-routing";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await JobFailure.ExplainAsync(() => scope.ServiceProvider.GetRequiredService<ReportRouter>().RouteAllWaitingAsync(cancellationToken));
    }
}
