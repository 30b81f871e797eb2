using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Core.Mail;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.ToTable("OutboxMails");
        b.Property(m => m.DedupKey).HasMaxLength(128);
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.ToName).HasMaxLength(128);
        b.Property(m => m.Subject).HasMaxLength(256);
        b.Property(m => m.Body).HasMaxLength(100_000);
        b.Property(m => m.ListUnsubscribe).HasMaxLength(512);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.ClaimToken).HasMaxLength(32);
        b.HasIndex(m => m.DedupKey).IsUnique();
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
