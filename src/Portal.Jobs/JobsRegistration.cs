using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Portal.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// The Quartz scheduler. With SQLite it keeps its schedule in memory (one node); the clustered PostgreSQL
    /// store of <c>Portal:Jobs:*</c> and the module sweeps join it as their issues land.
    /// </summary>
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            q.AddJob<ReportRoutingJob>(j => j.WithIdentity(ReportRoutingJob.Name));
            q.AddTrigger(t => t.ForJob(ReportRoutingJob.Name).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(configuration.GetValue("Portal:Jobs:RoutingInterval", TimeSpan.FromSeconds(30))).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
