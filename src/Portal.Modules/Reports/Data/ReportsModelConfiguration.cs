using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Departments;

namespace Portal.Modules.Reports.Data;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.ToTable("Reports");
        b.Property(r => r.TrackingCode).HasMaxLength(16);
        b.Property(r => r.AccessKeyHash).HasMaxLength(64);
        b.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Conclusion).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.RegionCode).HasMaxLength(6);
        b.Property(r => r.RegionPath).HasMaxLength(64);
        b.Property(r => r.EnterpriseName).HasMaxLength(128);
        b.Property(r => r.EnterpriseCreditCode).HasMaxLength(18);
        b.Property(r => r.Address).HasMaxLength(256);
        b.Property(r => r.Description).HasMaxLength(5000);
        b.Property(r => r.ExtensionReason).HasMaxLength(500);
        b.Property(r => r.ConclusionText).HasMaxLength(5000);
        b.Property(r => r.PublicOutcome).HasMaxLength(2000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.EffectiveConcludeDueOn);
        b.HasIndex(r => r.TrackingCode).IsUnique();
        b.HasIndex(r => new { r.Status, r.Id });
        b.HasIndex(r => new { r.UnitId, r.Status });
        b.HasIndex(r => r.EnterpriseId);
        b.HasIndex(r => r.ChangedOn);
        b.HasOne<DepartmentUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// A report's steps and messages keep the day only, whoever wrote them: a time of day next to a report that was just
/// filed or routed narrows down who sent it (docs/architecture.md, "Protecting people who report"). Applied where the
/// rows are written, so no caller can store more.
/// </summary>
internal static class ReportDay
{
    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime> Only = new(
        at => ChinaTime.ToUtc(ChinaTime.DateOf(at).ToDateTime(TimeOnly.MinValue)),
        at => DateTime.SpecifyKind(at, DateTimeKind.Utc));

    /// <summary>The start of the next day (China time): for expiries, which may move later but never earlier.</summary>
    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime> EndOf = new(
        at => ChinaTime.ToUtc(ChinaTime.DateOf(at).AddDays(1).ToDateTime(TimeOnly.MinValue)),
        at => DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

internal sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> b)
    {
        b.ToTable("ReportEvents");
        b.Property(e => e.At).HasConversion(ReportDay.Only);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Note).HasMaxLength(500);
        b.Property(e => e.InternalNote).HasMaxLength(2000);
        b.Property(e => e.StaffUserName).HasMaxLength(256);
        b.HasIndex(e => e.ReportId);
        b.HasOne(e => e.Report).WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportMessageConfiguration : IEntityTypeConfiguration<ReportMessage>
{
    public void Configure(EntityTypeBuilder<ReportMessage> b)
    {
        b.ToTable("ReportMessages");
        b.Property(m => m.At).HasConversion(ReportDay.Only);
        b.Property(m => m.Text).HasMaxLength(2000);
        b.HasIndex(m => m.ReportId);
        b.HasOne<Report>().WithMany().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> b)
    {
        b.ToTable("ReportAttachments");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.StoredName).HasMaxLength(64);
        b.HasIndex(a => a.ReportId);
        b.HasOne(a => a.Report).WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> b)
    {
        b.ToTable("RoutingRules");
        b.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.DepartmentKindCode).HasMaxLength(32);
        b.HasIndex(r => r.Category).IsUnique();
    }
}

internal sealed class CaptchaUseConfiguration : IEntityTypeConfiguration<CaptchaUse>
{
    public void Configure(EntityTypeBuilder<CaptchaUse> b)
    {
        b.ToTable("CaptchaUses");
        b.HasKey(c => c.Challenge);
        b.Property(c => c.Challenge).HasMaxLength(64);
        b.HasIndex(c => c.ExpiresAt);
        // Spent in the report's own transaction, so its exact expiry would date the report to the minute; the row is kept
        // to the end of that day instead, which only keeps a replay out a little longer.
        b.Property(c => c.ExpiresAt).HasConversion(ReportDay.EndOf);
    }
}

internal sealed class IdentityReadConfiguration : IEntityTypeConfiguration<IdentityRead>
{
    public void Configure(EntityTypeBuilder<IdentityRead> b)
    {
        b.ToTable("IdentityReads");
        b.Property(r => r.StaffUserName).HasMaxLength(256);
        b.HasIndex(r => r.ReportId);
    }
}
