using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Localization;

namespace Portal.Jobs;

/// <summary>
/// The one Hangfire job class: runs a <see cref="JobCatalog"/> entry by name. Thin on purpose (docs/architecture.md,
/// "Jobs"): the work is a module service's, which keeps its state in the portal's database and is safe to repeat.
/// </summary>
public sealed class PortalJob(IServiceScopeFactory scopes, JobHistory history, TimeProvider clock)
{
    /// <summary>
    /// A scheduled or requested run, kept in the run history. A failure is retried after 30 s, 2 and 10 minutes: every
    /// job picks up where the database says it is, so running it again is safe.
    /// </summary>
    [JobDisplayName("{0} ({1})")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 120, 600], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(string name, string trigger, PerformContext? context, CancellationToken cancellationToken)
    {
        // Jobs write records and mail to staff, always in Chinese: Hangfire would otherwise run a job in the culture of
        // the request that enqueued it (an English reader filing a report).
        PortalCultures.UseChinese();
        var job = JobCatalog.Find(name) ?? throw new InvalidOperationException(string.Format(JobsText.JobNotFound, name, string.Join("、", JobCatalog.All.Select(j => j.Name))));
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var started = Stopwatch.GetTimestamp();
        (DateTimeOffset StartedAt, TimeSpan Duration)? work = null;
        var run = new JobRun { Name = name, Trigger = trigger, Node = history.Node, HangfireJobId = context?.BackgroundJob.Id, StartedAt = startedAt, Result = JobResults.Succeeded };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await JobFailure.ExplainAsync(() => job.Work(scope.ServiceProvider, trigger == JobTriggers.Manual, cancellationToken));
            run.Result = outcome.Skipped ? JobResults.Skipped : JobResults.Succeeded;
            run.Summary = outcome.Summary;
            // The history shows the work, not the wait for the run before it.
            work = outcome.Work;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Result = JobResults.Cancelled;
            throw;
        }
        catch (Exception e)
        {
            run.Result = JobResults.Failed;
            run.Error = e.Message;
            throw;
        }
        finally
        {
            run.DurationMs = (long)(work?.Duration ?? Stopwatch.GetElapsedTime(started)).TotalMilliseconds;
            run.StartedAt = work?.StartedAt.UtcDateTime ?? run.StartedAt;
            await history.RecordAsync(run);
        }
    }

    /// <summary>
    /// A run asked for by something just committed (a report filed): it leaves no run record, and Hangfire forgets it
    /// a minute after it ends, because its time would tell when a report came in (docs/architecture.md, "Protecting
    /// people who report"). Not retried: the next scheduled run does the same work.
    /// </summary>
    [JobDisplayName("{0}")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [ForgetSoon]
    public async Task RunSoonAsync(string name, CancellationToken cancellationToken)
    {
        PortalCultures.UseChinese();
        var job = JobCatalog.Find(name) ?? throw new InvalidOperationException(string.Format(JobsText.JobNotFound, name, string.Join("、", JobCatalog.All.Select(j => j.Name))));
        await using var scope = scopes.CreateAsyncScope();
        await JobFailure.ExplainAsync(() => job.Work(scope.ServiceProvider, false, cancellationToken));
    }
}

/// <summary>Keeps a finished job in Hangfire's storage for a minute instead of a day.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ForgetSoonAttribute : JobFilterAttribute, IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState.IsFinal)
        {
            context.JobExpirationTimeout = TimeSpan.FromMinutes(1);
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
