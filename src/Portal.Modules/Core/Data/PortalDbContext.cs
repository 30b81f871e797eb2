using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Industries;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Data;

/// <summary>The assemblies whose <c>IEntityTypeConfiguration</c> classes make up the one shared model.</summary>
public sealed class PortalModelParts(IEnumerable<Assembly> assemblies)
{
    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies.Distinct().ToList();
}

/// <summary>
/// The portal's database. Each module maps its own tables through entity configurations in its assembly;
/// the provider subclasses exist so that SQLite and PostgreSQL keep separate migrations.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options, PortalModelParts parts) : IdentityDbContext<StaffUser>(options)
{
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

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, PortalModelParts parts)
    : PortalDbContext(options, parts);

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, PortalModelParts parts)
    : PortalDbContext(options, parts);
