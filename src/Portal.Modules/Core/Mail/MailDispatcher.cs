using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Mail;

/// <summary>
/// Sends what the outbox holds. Each message is first claimed by a conditional update, so a second node running at
/// the same moment skips it; a failure waits twice as long each time, and after the last attempt the message is
/// kept as abandoned.
/// </summary>
public sealed class MailDispatcher(PortalDbContext db, IMailTransport transport, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDispatcher> logger)
{
    public const string JobName = "mail-outbox";

    public sealed record Result(int Sent, int Failed, int Abandoned);

    private const int BatchSize = 50;

    public async Task<Result> SendDueAsync(CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0, abandoned = 0;
        var token = Guid.NewGuid().ToString("N");
        var seen = new HashSet<long>();
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.Set<OutboxMail>().AsNoTracking()
                .Where(m => m.SentAt == null && m.AbandonedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.Id)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            due.RemoveAll(seen.Contains);
            if (due.Count == 0)
            {
                return new Result(sent, failed, abandoned);
            }
            foreach (var id in due)
            {
                seen.Add(id);
                var claimedUntil = now + options.Value.ClaimFor;
                var claimed = await db.Set<OutboxMail>()
                    .Where(m => m.Id == id && m.SentAt == null && m.AbandonedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, claimedUntil), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }
                var mail = await db.Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
                switch (await SendOneAsync(mail, token, cancellationToken))
                {
                    case true:
                        sent++;
                        break;
                    case false:
                        failed++;
                        break;
                    case null:
                        abandoned++;
                        break;
                }
            }
        }
    }

    /// <returns>true when sent, false when it will be tried again, null when abandoned.</returns>
    private async Task<bool?> SendOneAsync(OutboxMail mail, string token, CancellationToken cancellationToken)
    {
        var o = options.Value;
        try
        {
            await transport.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = mail.Attempts + 1;
            var now = clock.GetUtcNow().UtcDateTime;
            var giveUp = attempts >= o.MaxAttempts;
            var delay = Backoff.After(attempts, o.FirstRetryDelay, o.MaxRetryDelay);
            var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            // The address is the recipient's work mailbox, never a reporter's: reporters are not mailed.
            logger.LogWarning("Mail {MailId} attempt {Attempt} failed: {Error}", mail.Id, attempts, error);
            await db.Set<OutboxMail>().Where(m => m.Id == mail.Id && m.ClaimToken == token)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.NextAttemptAt, now + delay)
                    .SetProperty(m => m.AbandonedAt, giveUp ? now : null)
                    .SetProperty(m => m.ClaimToken, (string?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null), cancellationToken);
            return giveUp ? null : false;
        }
        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.Set<OutboxMail>().Where(m => m.Id == mail.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, mail.Attempts + 1)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimToken, (string?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), cancellationToken);
        return true;
    }
}
