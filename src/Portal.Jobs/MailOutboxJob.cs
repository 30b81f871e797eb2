using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Mail;
using Quartz;

namespace Portal.Jobs;

/// <summary>Sends what the mail outbox holds; each message is claimed first, so two nodes never send one twice.</summary>
[DisallowConcurrentExecution]
public sealed class MailOutboxJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "mail-outbox";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await JobFailure.ExplainAsync(() => scope.ServiceProvider.GetRequiredService<MailDispatcher>().SendDueAsync(cancellationToken));
        context.Result = JobRunReport.Succeeded($"发送 {result.Sent}，待重试 {result.Failed}，放弃 {result.Abandoned}");
    }
}
