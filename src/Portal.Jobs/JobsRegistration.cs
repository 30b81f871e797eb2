using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Modules.Core.Common;

namespace Portal.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// Hangfire and the portal's jobs (docs/architecture.md, "Jobs"). With PostgreSQL, Hangfire keeps its queues and
    /// schedule in the portal's database (schema <c>hangfire</c>), so the nodes form one farm: each firing runs once
    /// across it, and a job of a node that died is taken up by another after the invisibility timeout. With SQLite, the
    /// one node keeps them in memory.
    /// </summary>
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = JobStoreSettings.From(configuration);
        JobSchedule.Validate(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<JobHistory>();
        services.AddScoped<JobRunner>();
        services.AddTransient<PortalJob>();
        services.AddSingleton<IJobQueue, JobQueue>();

        // Hangfire keeps its storage and activator in statics too; registering this host's own first makes every part of
        // Hangfire in this host use them, even with several hosts in one process (the tests' nodes).
        services.AddSingleton<JobStorage>(_ => settings.Persistent ? PostgresStorage(settings) : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer((sp, o) =>
        {
            o.ServerName = settings.NodeName;
            o.WorkerCount = settings.Workers;
            o.SchedulePollingInterval = settings.SchedulePollingInterval;
            o.Activator = sp.GetRequiredService<JobActivator>();
            o.ShutdownTimeout = TimeSpan.FromSeconds(10);
        });
        services.AddHostedService<JobSchedule>();
        return services;
    }

    private static PostgreSqlStorage PostgresStorage(JobStoreSettings settings)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = settings.QueuePollInterval,
            // A job's fetch is kept alive while it runs; a node that dies stops doing so, and another takes the job up
            // this long after its last sign of life.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = settings.InvisibilityTimeout,
            JobExpirationCheckInterval = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.ConnectionString!, options), options);
    }
}

/// <summary>How this node runs its jobs, from <c>Portal:Jobs:*</c> and the database provider.</summary>
public sealed record JobStoreSettings(
    bool Persistent, string? ConnectionString, string NodeName, int Workers, TimeSpan QueuePollInterval, TimeSpan SchedulePollingInterval, TimeSpan InvisibilityTimeout)
{
    public static JobStoreSettings From(IConfiguration configuration)
    {
        var provider = configuration["Portal:Database:Provider"] ?? DatabaseOptions.Sqlite;
        var postgres = string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);
        var store = configuration["Portal:Jobs:Store"] ?? (postgres ? "Postgres" : "Memory");
        var persistent = string.Equals(store, "Postgres", StringComparison.OrdinalIgnoreCase);
        if (persistent && !postgres)
        {
            throw new InvalidOperationException("Portal:Jobs:Store=Postgres needs Portal:Database:Provider=Postgres: Hangfire keeps its queues in the portal's PostgreSQL database.");
        }
        if (!persistent && !string.Equals(store, "Memory", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Portal:Jobs:Store = \"{store}\": use Postgres or Memory.");
        }
        var node = configuration["Portal:Jobs:NodeName"];
        return new JobStoreSettings(
            persistent,
            configuration.GetConnectionString("Portal"),
            string.IsNullOrWhiteSpace(node) ? Environment.MachineName.ToLowerInvariant() : node.Trim(),
            configuration.GetValue("Portal:Jobs:Workers", 4),
            configuration.GetValue("Portal:Jobs:QueuePollInterval", TimeSpan.FromSeconds(1)),
            configuration.GetValue("Portal:Jobs:SchedulePollingInterval", TimeSpan.FromSeconds(1)),
            configuration.GetValue("Portal:Jobs:InvisibilityTimeout", TimeSpan.FromMinutes(1)));
    }
}
