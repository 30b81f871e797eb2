namespace Portal.Modules.Core.Mail;

/// <summary>
/// An e-mail waiting to go, or gone. Written in the same transaction as whatever caused it, sent by the mail job; a
/// node claims a message before sending it, so two nodes never send the same one.
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }

    /// <summary>What makes this message one of a kind, e.g. one digest per person per day; a second insert fails.</summary>
    public required string DedupKey { get; set; }

    public required string To { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }

    /// <summary>
    /// The one-click unsubscribe address (RFC 8058) of a message sent to a subscriber: the transport writes it as
    /// <c>List-Unsubscribe</c> with <c>List-Unsubscribe-Post</c>, so a mail reader offers 退订 beside the sender.
    /// </summary>
    public string? ListUnsubscribe { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>Set when every attempt has failed; the message stays for an administrator to read.</summary>
    public DateTime? AbandonedAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>Which node holds the message until <see cref="ClaimedUntil"/>; a node that dies lets its claim lapse.</summary>
    public string? ClaimToken { get; set; }
    public DateTime? ClaimedUntil { get; set; }
}
