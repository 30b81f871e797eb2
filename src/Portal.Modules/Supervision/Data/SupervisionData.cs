using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Departments;

namespace Portal.Modules.Supervision.Data;

public static class SupervisionData
{
    public static DbSet<Obligation> Obligations(this PortalDbContext db) => db.Set<Obligation>();

    public static DbSet<ObligationNotice> ObligationNotices(this PortalDbContext db) => db.Set<ObligationNotice>();

    public static DbSet<CreditRecord> CreditRecords(this PortalDbContext db) => db.Set<CreditRecord>();

    public static DbSet<SweepState> SweepStates(this PortalDbContext db) => db.Set<SweepState>();

    public static DbSet<ObligationUrging> ObligationUrgings(this PortalDbContext db) => db.Set<ObligationUrging>();
}

internal sealed class ObligationUrgingConfiguration : IEntityTypeConfiguration<ObligationUrging>
{
    public void Configure(EntityTypeBuilder<ObligationUrging> b)
    {
        b.ToTable("ObligationUrgings");
        b.Property(u => u.Note).HasMaxLength(500);
        b.Property(u => u.UrgedBy).HasMaxLength(256);
        b.Property(u => u.UrgedByUnit).HasMaxLength(128);
        b.HasIndex(u => u.ObligationId);
        b.HasOne<Obligation>().WithMany().HasForeignKey(u => u.ObligationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> b)
    {
        b.ToTable("Obligations");
        b.Property(o => o.Kind).HasConversion(k => k.Name, name => new ObligationKind(name)).HasMaxLength(32);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.SubjectId).HasMaxLength(32);
        b.Property(o => o.Title).HasMaxLength(256);
        b.Property(o => o.UnitName).HasMaxLength(128);
        b.Property(o => o.RegionCode).HasMaxLength(6);
        b.Property(o => o.RegionPath).HasMaxLength(64);
        b.Property(o => o.Role).HasMaxLength(16);
        b.Property(o => o.Link).HasMaxLength(256);
        b.Property(o => o.Tag).HasMaxLength(16);
        b.Property(o => o.FulfilledBy).HasMaxLength(256);
        b.Property(o => o.FulfilmentNote).HasMaxLength(1000);
        b.HasIndex(o => new { o.Kind, o.SubjectId, o.Sequence }).IsUnique();
        b.HasIndex(o => new { o.Status, o.DueOn });
        b.HasIndex(o => new { o.RegionPath, o.Status });
        b.HasIndex(o => new { o.UnitId, o.Status });
        b.HasIndex(o => o.NoticePending);
        b.HasOne<DepartmentUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ObligationNoticeConfiguration : IEntityTypeConfiguration<ObligationNotice>
{
    public void Configure(EntityTypeBuilder<ObligationNotice> b)
    {
        b.ToTable("ObligationNotices");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.UserId).HasMaxLength(450);
        b.HasIndex(n => new { n.ObligationId, n.Kind, n.UserId }).IsUnique();
        b.HasIndex(n => new { n.SettledOn, n.UserId });
        b.HasOne<Obligation>().WithMany().HasForeignKey(n => n.ObligationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> b)
    {
        b.ToTable("CreditRecords");
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.SubjectId).HasMaxLength(32);
        b.Property(c => c.EnterpriseName).HasMaxLength(128);
        b.Property(c => c.CreditCode).HasMaxLength(18);
        b.Property(c => c.List).HasMaxLength(32);
        b.Property(c => c.Reason).HasMaxLength(500);
        b.Property(c => c.Authority).HasMaxLength(128);
        b.Property(c => c.LastError).HasMaxLength(1000);
        b.Property(c => c.ClaimToken).HasMaxLength(32);
        b.HasIndex(c => new { c.SubjectId, c.State }).IsUnique();
        b.HasIndex(c => new { c.DeliveredAt, c.NextAttemptAt });
    }
}

internal sealed class SweepStateConfiguration : IEntityTypeConfiguration<SweepState>
{
    public void Configure(EntityTypeBuilder<SweepState> b)
    {
        b.ToTable("SweepStates");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(32);
    }
}
