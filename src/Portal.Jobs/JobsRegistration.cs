using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Quartz;

namespace Portal.Jobs;

public static class JobsRegistration
{
    public const string SchedulerName = "portal";

    /// <summary>
    /// The Quartz scheduler and its jobs (docs/architecture.md, "How data flows"). With SQLite the schedule lives in memory on the one
    /// node; with PostgreSQL it lives in the database, clustered by default, so each sweep fires once across the farm
    /// and a dead node's firings are recovered by another (<c>Portal:Jobs:Store</c>, <c>Portal:Jobs:Clustered</c>).
    /// </summary>
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = JobStoreSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddScoped<JobRunner>();
        // A quarter of history, at most 200 runs a job: enough to see when a sweep last did what, on any node.
        services.Configure<ExecutionHistoryOptions>(o =>
        {
            o.Retention = TimeSpan.FromDays(90);
            o.MaxEntriesPerJob = 200;
        });
        if (!settings.Persistent)
        {
            services.AddQuartzExecutionHistory(o =>
            {
                o.Retention = TimeSpan.FromDays(90);
                o.MaxEntriesPerJob = 200;
            });
        }
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                // Each node needs its own id in the cluster: the configured node name (which operators recognise in the
                // history), or one generated from the host name and the start time.
                if (string.IsNullOrWhiteSpace(settings.NodeName))
                {
                    o.GenerateInstanceId = true;
                }
                else
                {
                    o.InstanceId = settings.NodeName;
                }
            });
            if (settings.Persistent)
            {
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(settings.ConnectionString!);
                    s.UseSystemTextJsonSerializer();
                    s.ProvisionSchema();
                    s.UseExecutionHistory();
                    if (settings.Clustered)
                    {
                        s.UseClustering(c =>
                        {
                            c.CheckinInterval = settings.CheckinInterval;
                            c.CheckinMisfireThreshold = settings.CheckinMisfireThreshold;
                        });
                    }
                });
            }
            else
            {
                q.UseInMemoryStore();
            }
            var firstRun = DateTimeOffset.UtcNow + configuration.GetValue("Portal:Jobs:FirstRunDelay", TimeSpan.FromSeconds(10));
            foreach (var job in JobCatalog.All.Where(j => j.Scheduled))
            {
                var interval = configuration.GetValue(job.IntervalKey, job.DefaultInterval);
                q.AddJob(job.JobType!, j => j.WithIdentity(job.Name).StoreDurably().RequestRecovery());
                q.AddTrigger(t => t.WithIdentity(job.Name + "-schedule").ForJob(job.Name).StartAt(firstRun)
                    .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}

/// <summary>How this node keeps its schedule, from <c>Portal:Jobs:*</c> and the database provider.</summary>
public sealed record JobStoreSettings(bool Persistent, bool Clustered, string? ConnectionString, TimeSpan CheckinInterval, TimeSpan CheckinMisfireThreshold, string? NodeName)
{
    public static JobStoreSettings From(IConfiguration configuration)
    {
        var provider = configuration["Portal:Database:Provider"] ?? DatabaseOptions.Sqlite;
        var postgres = string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);
        var store = configuration["Portal:Jobs:Store"] ?? (postgres ? "Postgres" : "Memory");
        var persistent = string.Equals(store, "Postgres", StringComparison.OrdinalIgnoreCase);
        if (persistent && !postgres)
        {
            throw new InvalidOperationException("Portal:Jobs:Store=Postgres needs Portal:Database:Provider=Postgres: the schedule lives in the portal's PostgreSQL database.");
        }
        return new JobStoreSettings(
            persistent,
            persistent && configuration.GetValue("Portal:Jobs:Clustered", true),
            configuration.GetConnectionString("Portal"),
            configuration.GetValue("Portal:Jobs:CheckinInterval", TimeSpan.FromSeconds(7)),
            configuration.GetValue("Portal:Jobs:CheckinMisfireThreshold", TimeSpan.FromSeconds(20)),
            configuration["Portal:Jobs:NodeName"]);
    }
}
