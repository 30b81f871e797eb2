using System.Globalization;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Jobs;

/// <summary>
/// Puts the farm's recurring jobs into Hangfire's storage once this node has been up for <c>Portal:Jobs:FirstRunDelay</c>.
/// Every node does it on start; in a farm they all write the same schedule, and each firing runs once across it.
/// </summary>
public sealed class JobSchedule(IRecurringJobManager recurring, IConfiguration configuration, ILogger<JobSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = configuration.GetValue("Portal:Jobs:FirstRunDelay", TimeSpan.FromSeconds(10));
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        foreach (var job in JobCatalog.All.Where(j => !j.EveryNode))
        {
            var cron = CronOf(IntervalOf(configuration, job), job.IntervalKey);
            recurring.AddOrUpdate<PortalJob>(job.Name, j => j.RunAsync(job.Name, JobTriggers.Schedule, null, CancellationToken.None), cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }
        logger.LogInformation("Recurring jobs scheduled: {Jobs}", string.Join(", ", JobCatalog.All.Where(j => !j.EveryNode).Select(j => j.Name)));
    }

    /// <summary>The configured schedule: a period such as <c>00:00:30</c>, or a cron expression (five or six fields, UTC).</summary>
    public static string IntervalOf(IConfiguration configuration, PortalJobInfo job) =>
        configuration[job.IntervalKey] is { Length: > 0 } value ? value.Trim() : job.DefaultInterval.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>Checks every schedule at start, so that a wrong one stops the portal with its name rather than failing later.</summary>
    public static void Validate(IConfiguration configuration)
    {
        foreach (var job in JobCatalog.All.Where(j => !j.EveryNode))
        {
            CronOf(IntervalOf(configuration, job), job.IntervalKey);
        }
    }

    /// <summary>
    /// A period becomes the cron expression that fires on it: whole seconds dividing a minute, whole minutes dividing an
    /// hour, whole hours dividing a day, or a day.
    /// </summary>
    public static string CronOf(string schedule, string key)
    {
        if (schedule.Contains(' ', StringComparison.Ordinal))
        {
            return schedule;
        }
        if (!TimeSpan.TryParse(schedule, CultureInfo.InvariantCulture, out var t) || t <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{key} = \"{schedule}\" is neither a period (00:00:30) nor a cron expression.");
        }
        if (t == TimeSpan.FromDays(1))
        {
            return "0 0 0 * * *";
        }
        if (t < TimeSpan.FromMinutes(1) && t.Ticks % TimeSpan.TicksPerSecond == 0 && 60 % t.Seconds == 0)
        {
            return t.Seconds == 1 ? "* * * * * *" : $"*/{t.Seconds} * * * * *";
        }
        if (t < TimeSpan.FromHours(1) && t.Ticks % TimeSpan.TicksPerMinute == 0 && 60 % t.Minutes == 0)
        {
            return $"0 */{t.Minutes} * * * *";
        }
        if (t < TimeSpan.FromDays(1) && t.Ticks % TimeSpan.TicksPerHour == 0 && 24 % t.Hours == 0)
        {
            return $"0 0 */{t.Hours} * * *";
        }
        throw new InvalidOperationException(
            $"{key} = \"{schedule}\" cannot be a schedule: use whole seconds that divide a minute, minutes that divide an hour, hours that divide a day, one day, or a cron expression.");
    }

    /// <summary>"每 30 秒" or the cron expression, for the jobs page.</summary>
    public static string Describe(string schedule)
    {
        if (!TimeSpan.TryParse(schedule, CultureInfo.InvariantCulture, out var t))
        {
            return schedule;
        }
        return string.Format(JobsText.Interval, t.TotalSeconds < 60 ? string.Format(JobsText.Seconds, t.TotalSeconds)
            : t.TotalMinutes < 60 ? string.Format(JobsText.Minutes, t.TotalMinutes) : string.Format(JobsText.Hours, t.TotalHours));
    }
}
