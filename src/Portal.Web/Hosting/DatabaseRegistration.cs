using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Search;

namespace Portal.Web.Hosting;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="PortalDbContext"/> on SQLite (the embedded default) or PostgreSQL, chosen by
    /// <c>Portal:Database:Provider</c> when the context is first resolved, with that provider's migrations from every module.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IEnumerable<Assembly> modelAssemblies)
    {
        var parts = new PortalModelParts(modelAssemblies);
        // Worked out once: the options are built for every context, which is every request.
        services.AddSingleton(sp => new SqliteConnectionString(WaitingForWriters(sp.GetRequiredService<IConfiguration>().GetConnectionString("Portal")
            ?? $"Data Source={Path.Combine(sp.GetRequiredService<PortalPaths>().DataDirectory, "portal.db")}")));

        // Pooled: a context is reset and reused instead of built, with its internal services, for every request.
        services.AddDbContextPool<PostgresPortalDbContext>((sp, o) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Portal");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Portal:Database:Provider is Postgres but ConnectionStrings:Portal is not set");
            }
            ModuleMigrations.Use(o.UseNpgsql(connectionString)).UsePortalModel(parts);
            IgnoreMissingSnapshot(o);
            o.AddInterceptors(sp.GetRequiredService<IndexingSignal.Interceptor>());
        });
        services.AddDbContextPool<SqlitePortalDbContext>((sp, o) =>
        {
            ModuleMigrations.Use(o.UseSqlite(sp.GetRequiredService<SqliteConnectionString>().Value)).UsePortalModel(parts);
            IgnoreMissingSnapshot(o);
            o.AddInterceptors(sp.GetRequiredService<IndexingSignal.Interceptor>());
        });
        services.AddScoped<PortalDbContext>(sp => ProviderOf(sp.GetRequiredService<IConfiguration>()) == DatabaseOptions.Postgres
            ? sp.GetRequiredService<PostgresPortalDbContext>()
            : sp.GetRequiredService<SqlitePortalDbContext>());
        return services;
    }

    /// <summary>
    /// SQLite has one writer at a time; Microsoft.Data.Sqlite retries a busy database until the command timeout, so a
    /// request or a sweep waits up to a minute for another's batch instead of failing with "database is locked".
    /// </summary>
    private static string WaitingForWriters(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 60;
        }
        return builder.ToString();
    }

    private sealed record SqliteConnectionString(string Value);

    public static string ProviderOf(IConfiguration configuration)
    {
        var provider = configuration[$"{PortalOptions.Section}:Database:Provider"] ?? DatabaseOptions.Sqlite;
        return provider.ToLowerInvariant() switch
        {
            "postgres" or "postgresql" or "npgsql" => DatabaseOptions.Postgres,
            "sqlite" => DatabaseOptions.Sqlite,
            _ => throw new InvalidOperationException($"Portal:Database:Provider must be Sqlite or Postgres, not '{provider}'"),
        };
    }

    // Migrations are SQL scripts checked against the model by a test (EF's design-time package does not restore
    // here), so there is no model snapshot for EF to compare the model with at start.
    private static void IgnoreMissingSnapshot(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
