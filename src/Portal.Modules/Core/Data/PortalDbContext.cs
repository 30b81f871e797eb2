using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Industries;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Data;


/// <summary>
/// The portal's database. Each module maps its own tables through entity configurations in its assembly;
/// the provider subclasses exist so that SQLite and PostgreSQL keep separate migrations.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options)
{
    private readonly PortalModelParts parts = PortalModelParts.Of(options);

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<DepartmentKind> DepartmentKinds => Set<DepartmentKind>();
    public DbSet<DepartmentUnit> DepartmentUnits => Set<DepartmentUnit>();
    public DbSet<Industry> Industries => Set<Industry>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Equipment> Equipment => Set<Equipment>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<IndexingTask> IndexingTasks => Set<IndexingTask>();
    public DbSet<Secrets.SharedSecret> SharedSecrets => Set<Secrets.SharedSecret>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesWithIndexingAsync(acceptAllChangesOnSuccess, CancellationToken.None, sync: true).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveChangesWithIndexingAsync(acceptAllChangesOnSuccess, cancellationToken, sync: false);

    /// <summary>
    /// Saves, and logs an <see cref="IndexingTask"/> for every searchable entity touched, in one transaction: the
    /// ids of new rows exist only after the first save, so the tasks go in a second save before the commit.
    /// </summary>
    private async Task<int> SaveChangesWithIndexingAsync(bool acceptAll, CancellationToken cancellationToken, bool sync)
    {
        var touched = ChangeTracker.Entries<ISearchable>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity)
            .ToList();
        if (touched.Count == 0)
        {
            return sync ? base.SaveChanges(acceptAll) : await base.SaveChangesAsync(acceptAll, cancellationToken);
        }
        var own = Database.CurrentTransaction is null
            ? sync ? Database.BeginTransaction() : await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var saved = sync ? base.SaveChanges(true) : await base.SaveChangesAsync(true, cancellationToken);
            // Wall-clock on purpose: the replay uses it to tell a rolled-back id from one still committing, in real time.
            var now = DateTime.UtcNow;
            foreach (var (kind, id) in touched.SelectMany(e => e.SearchKeys).Distinct())
            {
                IndexingTasks.Add(new IndexingTask { Kind = kind, DocumentId = id, CreatedAt = now });
            }
            saved += sync ? base.SaveChanges(acceptAll) : await base.SaveChangesAsync(acceptAll, cancellationToken);
            if (own is not null)
            {
                if (sync)
                {
                    own.Commit();
                }
                else
                {
                    await own.CommitAsync(cancellationToken);
                }
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The assemblies whose entities, configurations and migrations make up this database, Core's first.</summary>
    public IReadOnlyList<System.Reflection.Assembly> ModelAssemblies => [typeof(PortalDbContext).Assembly, .. parts.Assemblies.Where(a => a != typeof(PortalDbContext).Assembly)];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        foreach (var assembly in parts.Assemblies.Where(a => a != typeof(PortalDbContext).Assembly))
        {
            builder.ApplyConfigurationsFromAssembly(assembly);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back unspecified and Npgsql insists on UTC for timestamptz: every instant is UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
