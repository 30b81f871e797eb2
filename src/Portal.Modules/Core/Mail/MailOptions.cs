namespace Portal.Modules.Core.Mail;

public enum MailSecurity
{
    Auto,
    StartTls,
    Tls,
    None,
}

/// <summary><c>Portal:Mail:*</c> (docs/architecture.md): without a host, messages are written as .eml files to a pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>
    /// <c>Auto</c> (TLS at once on port 465, otherwise STARTTLS when the server offers it), <c>StartTls</c> (required),
    /// <c>Tls</c> (TLS at once), or <c>None</c>.
    /// </summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>Older setting: with <see cref="Security"/> left at <c>Auto</c>, requires TLS.</summary>
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@portal.invalid";
    public string FromName { get; set; } = CoreText.SiteName;

    /// <summary>Relative to the data directory unless absolute.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each later one twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
