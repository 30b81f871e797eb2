using Portal.Modules.Core.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Disclosure.Subscriptions;

/// <summary>
/// Someone who asked for a daily mail about new, corrected and withdrawn announcements: on one list, in a region and
/// everything under it, in an industry, about one enterprise, or any mix of these. The address serves nothing else and
/// the row is deleted when its owner unsubscribes; a request nobody confirms is deleted after <see cref="PendingFor"/>.
/// </summary>
public sealed class Subscription
{
    public static readonly TimeSpan PendingFor = TimeSpan.FromDays(7);

    public int Id { get; set; }
    public required string Email { get; set; }

    /// <summary>The secret in every link of its mails: whoever holds the mail may confirm or leave, nobody else.</summary>
    public required string Token { get; set; }

    public string? List { get; set; }
    public string? RegionCode { get; set; }

    /// <summary>The region's path when subscribed, so announcements anywhere below it match.</summary>
    public string? RegionPath { get; set; }
    public string? IndustryCode { get; set; }
    public string? EnterpriseCreditCode { get; set; }

    /// <summary>The language the subscriber used (<c>zh-CN</c> or <c>en</c>): the mails are written in it.</summary>
    public required string Language { get; set; }

    /// <summary>The site's address the mails link to (Portal:Site:PublicUrl, else the address the request came to).</summary>
    public required string SiteUrl { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>The end of the last period a digest was made for; the next one starts here.</summary>
    public DateTime? DigestedThrough { get; set; }

    /// <summary>The outbox key of one of its mails; every key of a subscription shares the prefix <see cref="MailKeyPrefix"/>.</summary>
    public string MailKey(string what) => MailKeyPrefix + what;

    public string MailKeyPrefix => MailKeyPrefixOf(Token);

    public static string MailKeyPrefixOf(string token) => $"subscription:{token}:";

    public static string NewToken() => Base64UrlToken(RandomNumberGenerator.GetBytes(24));

    private static string Base64UrlToken(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> b)
    {
        b.ToTable("Subscriptions");
        b.Property(s => s.Email).HasMaxLength(254);
        b.Property(s => s.Token).HasMaxLength(64);
        b.Property(s => s.List).HasMaxLength(16);
        b.Property(s => s.RegionCode).HasMaxLength(12);
        b.Property(s => s.RegionPath).HasMaxLength(64);
        b.Property(s => s.IndustryCode).HasMaxLength(32);
        b.Property(s => s.EnterpriseCreditCode).HasMaxLength(18);
        b.Property(s => s.Language).HasMaxLength(8);
        b.Property(s => s.SiteUrl).HasMaxLength(256);
        b.HasIndex(s => s.Token).IsUnique();
        b.HasIndex(s => s.Email);
        b.HasIndex(s => new { s.ConfirmedAt, s.DigestedThrough });
    }
}
