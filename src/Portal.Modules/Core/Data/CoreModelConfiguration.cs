using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Industries;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Search;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(6);
        b.Property(r => r.Name).HasMaxLength(64);
        b.Property(r => r.ParentCode).HasMaxLength(6);
        b.Property(r => r.Path).HasMaxLength(64);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(r => r.Path);
        b.HasIndex(r => r.ParentCode);
    }
}

internal sealed class DepartmentKindConfiguration : IEntityTypeConfiguration<DepartmentKind>
{
    public void Configure(EntityTypeBuilder<DepartmentKind> b)
    {
        b.HasKey(k => k.Code);
        b.Property(k => k.Code).HasMaxLength(32);
        b.Property(k => k.ShortName).HasMaxLength(32);
        b.Property(k => k.ProvinceSuffix).HasMaxLength(32);
        b.Property(k => k.CitySuffix).HasMaxLength(32);
        b.Property(k => k.CountySuffix).HasMaxLength(32);
    }
}

internal sealed class DepartmentUnitConfiguration : IEntityTypeConfiguration<DepartmentUnit>
{
    public void Configure(EntityTypeBuilder<DepartmentUnit> b)
    {
        b.Property(u => u.RegionCode).HasMaxLength(6);
        b.Property(u => u.KindCode).HasMaxLength(32);
        b.Property(u => u.Name).HasMaxLength(128);
        b.HasIndex(u => new { u.RegionCode, u.KindCode }).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(u => u.RegionCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DepartmentKind>().WithMany().HasForeignKey(u => u.KindCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> b)
    {
        b.HasKey(i => i.Code);
        b.Property(i => i.Code).HasMaxLength(32);
        b.Property(i => i.Name).HasMaxLength(32);
        b.Property(i => i.LeadDepartmentKind).HasMaxLength(32);
        b.HasOne<DepartmentKind>().WithMany().HasForeignKey(i => i.LeadDepartmentKind).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.Property(e => e.CreditCode).HasMaxLength(18);
        b.Property(e => e.Name).HasMaxLength(128);
        b.Property(e => e.Address).HasMaxLength(256);
        b.Property(e => e.RegionCode).HasMaxLength(6);
        b.Property(e => e.IndustryCode).HasMaxLength(32);
        b.Property(e => e.Size).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Ownership).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(e => e.CreditCode).IsUnique();
        b.HasIndex(e => e.RegionCode);
        b.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Industry>().WithMany().HasForeignKey(e => e.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Equipment).WithOne().HasForeignKey(q => q.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<Equipment>
{
    public void Configure(EntityTypeBuilder<Equipment> b)
    {
        b.Property(q => q.Name).HasMaxLength(128);
        b.Property(q => q.Model).HasMaxLength(128);
        b.Property(q => q.CapacityUnit).HasMaxLength(32);
        b.Property(q => q.Capacity).HasPrecision(18, 4);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.HasKey(d => d.Date);
        b.Property(d => d.Name).HasMaxLength(32);
        b.HasIndex(d => d.NoticeYear);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.Source).HasMaxLength(256);
        b.Property(y => y.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Actor).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.SubjectType).HasMaxLength(64);
        b.Property(a => a.SubjectId).HasMaxLength(64);
        b.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.HasOne<DepartmentUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.Property(k => k.FriendlyName).HasMaxLength(256);
    }
}

internal sealed class SharedSecretConfiguration : IEntityTypeConfiguration<Secrets.SharedSecret>
{
    public void Configure(EntityTypeBuilder<Secrets.SharedSecret> b)
    {
        b.ToTable("SharedSecrets");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(64);
        b.Property(s => s.ProtectedValue).HasMaxLength(1024);
    }
}

internal sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> b)
    {
        b.ToTable("IndexingTasks");
        b.Property(t => t.Kind).HasMaxLength(32);
    }
}
