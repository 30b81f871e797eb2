using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Supervision.Sweep;
using Quartz;

namespace Portal.Jobs;

/// <summary>Brings the obligations up to date, queues reminders, escalations and credit records (<see cref="DeadlineSweep"/>).</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineSweepJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = DeadlineSweep.Name;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await JobFailure.ExplainAsync(() => scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(cancellationToken));
        context.Result = result.Ran ? JobRunReport.Succeeded(result.Summary) : JobRunReport.Skipped(result.Summary);
    }
}
