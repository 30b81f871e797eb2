using Microsoft.EntityFrameworkCore;
namespace Portal.Modules.Core.Enterprises.Import;

public enum ImportState
{
    /// <summary>Read and checked; waiting for the editor to confirm.</summary>
    Preview,

    /// <summary>Confirmed; the import job is writing it, a batch at a time.</summary>
    Running,

    Finished,
}

/// <summary>
/// One spreadsheet of enterprises an editor uploaded: the enterprises it holds (checked, as commands), the rows that were
/// refused and why, and how far the import has got, so that a large file shows its progress and survives a restart.
/// </summary>
public sealed class EnterpriseImport
{
    public int Id { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string FileName { get; set; }
    public ImportState State { get; set; }

    /// <summary>The enterprises to write, as JSON commands in the file's order.</summary>
    public required string Enterprises { get; set; }

    /// <summary>The refused rows with their line numbers and problems, as JSON.</summary>
    public required string Problems { get; set; }
    public int Total { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Done { get; set; }
    public int Failed { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public static class EnterpriseImportData
{
    public static Microsoft.EntityFrameworkCore.DbSet<EnterpriseImport> EnterpriseImports(this Data.PortalDbContext db) => db.Set<EnterpriseImport>();
}

internal sealed class EnterpriseImportConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<EnterpriseImport>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<EnterpriseImport> b)
    {
        b.ToTable("EnterpriseImports");
        b.Property(i => i.CreatedBy).HasMaxLength(256);
        b.Property(i => i.FileName).HasMaxLength(200);
        b.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(i => i.State);
    }
}
