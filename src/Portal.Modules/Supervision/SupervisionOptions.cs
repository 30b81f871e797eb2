namespace Portal.Modules.Supervision;

/// <summary><c>Portal:Supervision:*</c>.</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Portal:Supervision";

    /// <summary>How many working days before a due date the unit's staff are reminded (besides on the day).</summary>
    public int ReminderWorkingDays { get; set; } = 3;

    /// <summary>
    /// Periodic obligations (the campaign's plans, ledgers, publicity and exit dates, the annual summary) are written this
    /// many days before they fall due; 0 writes none, for an installation that keeps the campaign's calendar elsewhere.
    /// </summary>
    public int PeriodicLookaheadDays { get; set; } = 45;

    /// <summary>
    /// The address the digests link to, e.g. https://gk.example.gov.cn. Required in Production when reminders go out by
    /// SMTP; without it (Development, the pickup folder) they carry paths only.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Reminder and escalation digests by e-mail; off, the deadlines are still kept and shown.</summary>
    public bool Reminders { get; set; } = true;

    public CreditSinkOptions Credit { get; set; } = new();
}

/// <summary>Where the credit feed goes: a folder of JSON files (default, in the data directory) or an HTTP endpoint.</summary>
public sealed class CreditSinkOptions
{
    /// <summary><c>Folder</c> or <c>Http</c>.</summary>
    public string Sink { get; set; } = "Folder";

    /// <summary>Relative to the data directory unless absolute.</summary>
    public string Folder { get; set; } = "credit-feed";

    public string? Url { get; set; }

    /// <summary>Sent as a bearer token to the HTTP endpoint when set.</summary>
    public string? Token { get; set; }

    public int MaxAttempts { get; set; } = 10;
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);
}
