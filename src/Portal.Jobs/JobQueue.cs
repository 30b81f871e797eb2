using Hangfire;
using Microsoft.Extensions.Logging;
using Portal.Modules.Core.Common;

namespace Portal.Jobs;

/// <summary>Hangfire's fire-and-forget behind Core's <see cref="IJobQueue"/>.</summary>
public sealed class JobQueue(IBackgroundJobClient jobs, ILogger<JobQueue> logger) : IJobQueue
{
    public void RunSoon(string jobName)
    {
        try
        {
            jobs.Enqueue<PortalJob>(j => j.RunSoonAsync(jobName, CancellationToken.None));
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not queue job {Job}; its next scheduled run will do the work", jobName);
        }
    }
}
