using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Seeding;

/// <summary>Demo content of one module; each fills only its own empty tables, in <see cref="Order"/>.</summary>
public interface IDemoDataSource
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>At start: apply migrations, add missing reference data, the first administrator, and demo data if asked for.</summary>
public static class DatabaseInitializer
{
    private static async Task ProtectKeyRingAsync(IServiceProvider sp, PortalDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var certificate = sp.GetRequiredService<Secrets.KeyEncryptionCertificate>();
        if (certificate.Generated)
        {
            logger.LogWarning("The Data Protection key ring is encrypted with a certificate generated at {Path}. In production keep the certificate " +
                "outside the data directory and its backups, and give every node the same one (Portal:DataProtection:CertificatePath)", certificate.Path);
        }
        var encryptor = sp.GetRequiredService<IOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>().Value.XmlEncryptor;
        if (encryptor is not null)
        {
            await Secrets.KeyRingEncryption.EncryptPlaintextKeysAsync(db, encryptor, logger, cancellationToken);
        }
    }

    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PortalDbContext>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // WAL lets the public read while an editor writes; it is a property of the file, so setting it once is enough.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        // Nodes of a farm starting together on an empty PostgreSQL database would each run the first migration and
        // fill the same empty tables; one at a time, the later ones find everything in place and do nothing.
        await sp.GetRequiredService<ExclusiveRun>().WaitAndRunAsync("database-initializer", async () =>
        {
            await db.Database.MigrateAsync(cancellationToken);
            await ProtectKeyRingAsync(sp, db, logger, cancellationToken);
            await sp.GetRequiredService<ReferenceData>().EnsureAsync(cancellationToken);
            await sp.GetRequiredService<FirstAdministrator>().EnsureAsync(cancellationToken);
            if (sp.GetRequiredService<IOptions<PortalOptions>>().Value.DemoData)
            {
                foreach (var source in sp.GetServices<IDemoDataSource>().OrderBy(s => s.Order))
                {
                    await source.SeedAsync(cancellationToken);
                }
                logger.LogInformation("Demo data is on (Portal:DemoData); empty tables were filled with invented examples");
            }
        }, cancellationToken);
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // Without statistics SQLite's planner takes any index it can use, e.g. (Status, PublishAt) over a primary-key
            // look-up; PRAGMA optimize gathers them where they are missing or stale, sampling so it stays quick.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", cancellationToken);
        }
    }
}
