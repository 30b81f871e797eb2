using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Mail;

/// <summary>Queues messages on the caller's unit of work; the caller's SaveChanges commits them with its own changes.</summary>
public sealed class MailOutbox(PortalDbContext db, TimeProvider clock)
{
    public Task<bool> ExistsAsync(string dedupKey, CancellationToken cancellationToken) =>
        db.Set<OutboxMail>().AnyAsync(m => m.DedupKey == dedupKey, cancellationToken);

    /// <summary>
    /// Deletes every message, sent or not, whose key starts with <paramref name="dedupKeyPrefix"/>: when the person they
    /// were for asks to be forgotten, the outbox keeps no copy of the address.
    /// </summary>
    public Task<int> ForgetAsync(string dedupKeyPrefix, CancellationToken cancellationToken) =>
        db.Set<OutboxMail>().Where(m => m.DedupKey.StartsWith(dedupKeyPrefix)).ExecuteDeleteAsync(cancellationToken);

    public OutboxMail Enqueue(string dedupKey, string to, string? toName, string subject, string body, string? listUnsubscribe = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mail = new OutboxMail
        {
            DedupKey = dedupKey,
            To = to,
            ToName = toName,
            Subject = subject,
            Body = body,
            ListUnsubscribe = listUnsubscribe,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Set<OutboxMail>().Add(mail);
        return mail;
    }
}
