using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Search.Index;
using Quartz;
using Quartz.Extensibility;

namespace Portal.Jobs;

/// <summary>
/// Lists the jobs with their schedule and history, and runs one now: through the scheduler, under a trigger of its
/// own, so it keeps to the job's one-at-a-time rule across the cluster and lands in the same history; then waits for
/// that trigger's run to be recorded, on whichever node ran it.
/// </summary>
public sealed class JobRunner(ISchedulerFactory schedulers, IServiceProvider services, IConfiguration configuration, TimeProvider clock)
{
    public const string ManualGroup = "manual";

    public sealed record Run(string Name, string Result, string ResultName, string? Summary, string? Error, string? Node, DateTimeOffset FiredAt, long DurationMs, bool Manual);

    public sealed record JobView(string Name, string Title, string Description, bool Scheduled, TimeSpan Interval, DateTimeOffset? NextFireAt, IReadOnlyList<Run> Recent);

    public sealed record Overview(string Store, string Node, IReadOnlyList<JobView> Jobs);

    public async Task<Overview> OverviewAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var settings = services.GetRequiredService<JobStoreSettings>();
        var node = scheduler.SchedulerInstanceId;
        var store = !settings.Persistent ? JobsText.StoreMemory
            : string.Format(settings.Clustered ? JobsText.StoreClustered : JobsText.StorePersistent, node);
        var history = services.GetRequiredService<IExecutionHistoryStore>();
        var jobs = new List<JobView>();
        foreach (var job in JobCatalog.All)
        {
            var interval = configuration.GetValue(job.IntervalKey, job.DefaultInterval);
            if (!job.Scheduled)
            {
                jobs.Add(new JobView(job.Name, job.Title, job.Description, false, interval, null, []));
                continue;
            }
            var trigger = await scheduler.GetTrigger(new TriggerKey(job.Name + "-schedule"), cancellationToken);
            var page = await history.QueryExecutions(new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Job = new JobKey(job.Name), Take = 10 }, cancellationToken);
            jobs.Add(new JobView(job.Name, job.Title, job.Description, true, interval, trigger?.NextFireTimeUtc, page.Items.Select(e => RunOf(job.Name, e)).ToList()));
        }
        return new Overview(store, node, jobs);
    }

    public async Task<Outcome<Run>> RunNowAsync(string name, CancellationToken cancellationToken)
    {
        if (JobCatalog.Find(name) is not { } job)
        {
            return Outcome<Run>.NotFound(string.Format(JobsText.JobNotFound, name, string.Join("、", JobCatalog.All.Select(j => j.Name))));
        }
        if (!job.Scheduled)
        {
            return Outcome<Run>.Ok(await RunSearchIndexAsync(cancellationToken));
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new TriggerKey($"{job.Name}-{Guid.NewGuid():N}", ManualGroup);
        await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity(key).ForJob(job.Name)
                // The scheduler keeps the portal's clock (which tests move), so "now" is that clock's, not the machine's.
                .StartAt(clock.GetUtcNow())
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build(), cancellationToken: cancellationToken);
        var history = services.GetRequiredService<IExecutionHistoryStore>();
        var timeout = configuration.GetValue("Portal:Jobs:RunTimeout", TimeSpan.FromMinutes(10));
        var started = clock.GetTimestamp();
        while (clock.GetElapsedTime(started) < timeout)
        {
            var page = await history.QueryExecutions(new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Trigger = key, Take = 1 }, cancellationToken);
            if (page.Items.Count > 0)
            {
                return Outcome<Run>.Ok(RunOf(job.Name, page.Items[0]));
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        return Outcome<Run>.Conflict(string.Format(JobsText.StillRunning, job.Title, (int)timeout.TotalSeconds));
    }

    private async Task<Run> RunSearchIndexAsync(CancellationToken cancellationToken)
    {
        var firedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var applied = await services.GetRequiredService<IndexMaintenance>().CatchUpAsync(cancellationToken);
        return new Run(JobCatalog.SearchIndex, "succeeded", JobsText.Succeeded, $"{applied}", null, Environment.MachineName, firedAt,
            (long)clock.GetElapsedTime(started).TotalMilliseconds, true);
    }

    private static Run RunOf(string name, ExecutionHistoryEntry e)
    {
        var result = e.EffectiveResult;
        var resultName = result switch
        {
            JobRunResult.Succeeded => JobsText.Succeeded,
            JobRunResult.Skipped => JobsText.Skipped,
            JobRunResult.Cancelled => JobsText.Cancelled,
            _ => JobsText.Failed,
        };
        return new Run(name, WireValue.Of(result), resultName, e.Summary, e.ExceptionMessage, e.SchedulerInstanceId, e.FiredAtUtc,
            (long)e.Duration.TotalMilliseconds, e.Manual || e.TriggerGroup == ManualGroup);
    }
}
