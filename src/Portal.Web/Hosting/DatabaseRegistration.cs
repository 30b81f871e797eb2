using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;

using Portal.Modules.Core.Data;

namespace Portal.Web.Hosting;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="PortalDbContext"/> on SQLite (the embedded default) or PostgreSQL, with the migrations of
    /// <paramref name="migrationsAssembly"/> for that provider.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(
        this IServiceCollection services,
        IConfiguration configuration,
        string dataDirectory,
        Assembly migrationsAssembly,
        IEnumerable<Assembly> modelAssemblies)
    {
        services.AddSingleton(new PortalModelParts(modelAssemblies));
        var provider = configuration[$"{PortalOptions.Section}:Database:Provider"] ?? DatabaseOptions.Sqlite;
        var connectionString = configuration.GetConnectionString("Portal");
        var migrations = migrationsAssembly.GetName().Name;

        // Migrations are SQL scripts checked against the model by a test (EF's design-time tooling does not restore here),
        // so there is no model snapshot for EF to compare with at start.
        void Common(DbContextOptionsBuilder options) =>
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

        if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Portal:Database:Provider is Postgres but ConnectionStrings:Portal is not set");
            }
            services.AddDbContext<PostgresPortalDbContext>(o =>
            {
                o.UseNpgsql(connectionString, n => n.MigrationsAssembly(migrations));
                Common(o);
            });
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgresPortalDbContext>());
        }
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            connectionString ??= $"Data Source={Path.Combine(dataDirectory, "portal.db")}";
            services.AddDbContext<SqlitePortalDbContext>(o =>
            {
                o.UseSqlite(connectionString, s => s.MigrationsAssembly(migrations));
                Common(o);
            });
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqlitePortalDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Portal:Database:Provider must be Sqlite or Postgres, not '{provider}'");
        }
        return services;
    }
}
