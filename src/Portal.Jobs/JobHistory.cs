using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Jobs;

public static class JobResults
{
    public const string Succeeded = "succeeded";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static string NameOf(string result) => result switch
    {
        Succeeded => JobsText.Succeeded,
        Skipped => JobsText.Skipped,
        Cancelled => JobsText.Cancelled,
        _ => JobsText.Failed,
    };
}

/// <summary>The run history in the portal's database: a quarter of a year, at most 200 runs a job, on every node.</summary>
public sealed class JobHistory(IServiceScopeFactory scopes, JobStoreSettings settings, ILogger<JobHistory> logger)
{
    public const int Keep = 200;
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    public sealed record Run(string Name, string Result, string ResultName, string? Summary, string? Error, string Node, DateTimeOffset FiredAt, long DurationMs, bool Manual);

    /// <summary>How this node names itself in the history and in Hangfire's list of servers.</summary>
    public string Node => settings.NodeName;

    public async Task RecordAsync(JobRun run)
    {
        run.Summary = Clip(run.Summary, 500);
        run.Error = Clip(run.Error, 1000);
        try
        {
            // Not the job's token: a run cut short by a shutdown is still written down.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.JobRuns().Add(run);
            await db.SaveChangesAsync();
            var oldest = await db.JobRuns().Where(r => r.Name == run.Name).OrderByDescending(r => r.Id).Skip(Keep - 1).Select(r => (long?)r.Id).FirstOrDefaultAsync();
            var before = run.StartedAt - Retention;
            await db.JobRuns().Where(r => r.Name == run.Name && (r.Id < oldest || r.StartedAt < before)).ExecuteDeleteAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not record the run of job {Job}", run.Name);
        }
    }

    public async Task<IReadOnlyList<Run>> RecentAsync(PortalDbContext db, string name, int take, CancellationToken cancellationToken) =>
        (await db.JobRuns().AsNoTracking().Where(r => r.Name == name).OrderByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken)).Select(RunOf).ToList();

    public async Task<Run?> FindAsync(PortalDbContext db, string hangfireJobId, CancellationToken cancellationToken) =>
        await db.JobRuns().AsNoTracking().Where(r => r.HangfireJobId == hangfireJobId).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken) is { } run ? RunOf(run) : null;

    public static Run RunOf(JobRun r) => new(r.Name, r.Result, JobResults.NameOf(r.Result), r.Summary, r.Error, r.Node,
        new DateTimeOffset(DateTime.SpecifyKind(r.StartedAt, DateTimeKind.Utc)), r.DurationMs, r.Trigger == JobTriggers.Manual);

    private static string? Clip(string? text, int length) => text is { Length: > 0 } t && t.Length > length ? t[..length] : text;
}
