using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Enterprises;

namespace Portal.Modules.Disclosure.Data;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.ToTable("Announcements");
        b.Property(a => a.List).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.RegionCode).HasMaxLength(6);
        b.Property(a => a.DepartmentKindCode).HasMaxLength(32);
        b.Property(a => a.PublisherName).HasMaxLength(128);
        b.Property(a => a.Dimension).HasMaxLength(16);
        b.Property(a => a.EnterpriseCreditCode).HasMaxLength(18);
        b.Property(a => a.EnterpriseName).HasMaxLength(128);
        b.Property(a => a.EnterpriseAddress).HasMaxLength(256);
        b.Property(a => a.EnterpriseRegionCode).HasMaxLength(6);
        b.Property(a => a.EnterpriseRegionPath).HasMaxLength(64);
        b.Property(a => a.IndustryCode).HasMaxLength(32);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.DocumentNumber).HasMaxLength(64);
        b.Property(a => a.IndexNumber).HasMaxLength(64);
        b.Property(a => a.ExtensionReason).HasMaxLength(500);
        b.Property(a => a.WithdrawalReason).HasMaxLength(500);
        b.Property(a => a.CreatedBy).HasMaxLength(256);
        b.Property(a => a.SubmittedBy).HasMaxLength(256);
        b.Property(a => a.ReviewComment).HasMaxLength(500);
        b.Ignore(a => a.EffectiveDeadline);

        b.HasIndex(a => a.IndexNumber).IsUnique();
        b.HasIndex(a => new { a.Status, a.List, a.PublishAt });
        b.HasIndex(a => new { a.Status, a.PublishAt });
        b.HasIndex(a => a.EnterpriseRegionPath);
        b.HasIndex(a => new { a.UnitId, a.Status });
        b.HasIndex(a => a.EnterpriseId);
        b.HasIndex(a => a.NoticeId);
        b.HasIndex(a => a.UpdatedAt);

        b.HasOne<DepartmentUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Announcement>().WithMany().HasForeignKey(a => a.NoticeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnnouncementVersionConfiguration : IEntityTypeConfiguration<AnnouncementVersion>
{
    public void Configure(EntityTypeBuilder<AnnouncementVersion> b)
    {
        b.ToTable("AnnouncementVersions");
        b.Property(v => v.Title).HasMaxLength(200);
        b.Property(v => v.DocumentNumber).HasMaxLength(64);
        b.Property(v => v.Reason).HasMaxLength(500);
        b.Property(v => v.CreatedBy).HasMaxLength(256);
        b.HasIndex(v => new { v.AnnouncementId, v.Number }).IsUnique();
        b.HasOne<Announcement>().WithMany().HasForeignKey(v => v.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnouncementAttachmentConfiguration : IEntityTypeConfiguration<AnnouncementAttachment>
{
    public void Configure(EntityTypeBuilder<AnnouncementAttachment> b)
    {
        b.ToTable("AnnouncementAttachments");
        b.Property(a => a.Title).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.AddedBy).HasMaxLength(256);
        b.HasIndex(a => a.AnnouncementId);
        b.HasOne<Announcement>().WithMany().HasForeignKey(a => a.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}
