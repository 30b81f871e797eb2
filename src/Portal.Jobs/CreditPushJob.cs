using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Supervision.Credit;
using Quartz;

namespace Portal.Jobs;

/// <summary>Delivers the credit feed to its sink, in order per enterprise.</summary>
[DisallowConcurrentExecution]
public sealed class CreditPushJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = CreditDelivery.Name;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await JobFailure.ExplainAsync(() => scope.ServiceProvider.GetRequiredService<CreditDelivery>().DeliverAsync(cancellationToken));
        context.Result = JobRunReport.Succeeded(result.Summary);
    }
}
