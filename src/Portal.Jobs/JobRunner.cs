using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Jobs;

/// <summary>
/// Lists the jobs with their schedule and history, and runs one now: through Hangfire, so it lands on whichever node
/// of the farm is free and in the same history, then waits for that run to be recorded.
/// </summary>
public sealed class JobRunner(
    PortalDbContext db,
    JobHistory history,
    JobStorage storage,
    IBackgroundJobClient jobs,
    JobStoreSettings settings,
    IServiceProvider services,
    IConfiguration configuration,
    TimeProvider clock)
{
    public sealed record JobView(string Name, string Title, string Description, bool Scheduled, string Schedule, DateTimeOffset? NextFireAt, IReadOnlyList<JobHistory.Run> Recent);

    public sealed record ServerView(string Name, int Workers, DateTimeOffset? Heartbeat);

    public sealed record Overview(string Store, string Node, IReadOnlyList<ServerView> Servers, IReadOnlyList<JobView> Jobs);

    public async Task<Overview> OverviewAsync(CancellationToken cancellationToken)
    {
        var store = settings.Persistent ? string.Format(JobsText.StorePostgres, settings.NodeName) : JobsText.StoreMemory;
        var next = NextExecutions();
        var list = new List<JobView>();
        foreach (var job in JobCatalog.All)
        {
            var schedule = JobSchedule.Describe(JobSchedule.IntervalOf(configuration, job));
            if (job.EveryNode)
            {
                list.Add(new JobView(job.Name, job.Title, job.Description, false, schedule, null, []));
                continue;
            }
            list.Add(new JobView(job.Name, job.Title, job.Description, true, schedule, next.GetValueOrDefault(job.Name), await history.RecentAsync(db, job.Name, 10, cancellationToken)));
        }
        var servers = storage.GetMonitoringApi().Servers()
            .Select(s => new ServerView(s.Name, s.WorkersCount, s.Heartbeat is { } h ? new DateTimeOffset(DateTime.SpecifyKind(h, DateTimeKind.Utc)) : null))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new Overview(store, settings.NodeName, servers, list);
    }

    private Dictionary<string, DateTimeOffset?> NextExecutions()
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().ToDictionary(
            r => r.Id, r => r.NextExecution is { } n ? new DateTimeOffset(DateTime.SpecifyKind(n, DateTimeKind.Utc)) : (DateTimeOffset?)null);
    }

    public async Task<Outcome<JobHistory.Run>> RunNowAsync(string name, CancellationToken cancellationToken)
    {
        if (JobCatalog.Find(name) is not { } job)
        {
            return Outcome<JobHistory.Run>.NotFound(string.Format(JobsText.JobNotFound, name, string.Join("、", JobCatalog.All.Select(j => j.Name))));
        }
        if (job.EveryNode)
        {
            return Outcome<JobHistory.Run>.Ok(await RunHereAsync(job, cancellationToken));
        }
        var id = jobs.Enqueue<PortalJob>(j => j.RunAsync(job.Name, JobTriggers.Manual, null, CancellationToken.None));
        var timeout = configuration.GetValue("Portal:Jobs:RunTimeout", TimeSpan.FromMinutes(10));
        var started = clock.GetTimestamp();
        while (clock.GetElapsedTime(started) < timeout)
        {
            if (await history.FindAsync(db, id, cancellationToken) is { } run)
            {
                return Outcome<JobHistory.Run>.Ok(run);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        return Outcome<JobHistory.Run>.Conflict(string.Format(JobsText.StillRunning, job.Title, (int)timeout.TotalSeconds));
    }

    /// <summary>A job every node runs for itself runs here, in this request.</summary>
    private async Task<JobHistory.Run> RunHereAsync(PortalJobInfo job, CancellationToken cancellationToken)
    {
        var firedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var outcome = await job.Work(services, true, cancellationToken);
        return new JobHistory.Run(job.Name, JobResults.Succeeded, JobsText.Succeeded, outcome.Summary, null, settings.NodeName, firedAt,
            (long)clock.GetElapsedTime(started).TotalMilliseconds, true);
    }
}
