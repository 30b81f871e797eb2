using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Credit;

/// <summary>What the credit platform receives for one record (the fields 002 一(二) names, plus the follow-up state).</summary>
public sealed record CreditMessage(
    long Sequence,
    string SubjectId,
    string State,
    string EnterpriseName,
    string CreditCode,
    string List,
    string Reason,
    string Authority,
    DateOnly DecidedOn,
    DateOnly? DeadlineOn,
    DateOnly StateOn)
{
    public static CreditMessage Of(CreditRecord r) => new(r.Id, r.SubjectId, WireValue.Of(r.State), r.EnterpriseName, r.CreditCode, r.List, r.Reason,
        r.Authority, r.DecidedOn, r.DeadlineOn, r.StateOn);
}

/// <summary>
/// Delivers the credit feed (job <c>credit-push</c>) to a folder of JSON files or an HTTP endpoint, in order per
/// subject: a follow-up waits until its listing has gone. A failed delivery is tried again later, less and less often.
/// </summary>
public sealed class CreditDelivery(
    PortalDbContext db,
    IOptions<SupervisionOptions> options,
    PortalPaths paths,
    IHttpClientFactory http,
    TimeProvider clock,
    ILogger<CreditDelivery> logger)
{
    public const string Name = "credit-push";
    public const string HttpClientName = "credit-push";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public sealed record Result(int Delivered, int Failed)
    {
        public string Summary => $"送达 {Delivered}，失败 {Failed}";
    }

    public string Folder => Path.Combine(paths.DataDirectory, options.Value.Credit.Folder);

    public async Task<Result> DeliverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.CreditRecords().AsNoTracking()
            .Where(c => c.DeliveredAt == null)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        int delivered = 0, failed = 0;
        var token = Guid.NewGuid().ToString("N");
        foreach (var record in waiting)
        {
            if (blocked.Contains(record.SubjectId) || record.NextAttemptAt > now || record.Attempts >= options.Value.Credit.MaxAttempts)
            {
                blocked.Add(record.SubjectId);
                continue;
            }
            var claimed = await db.CreditRecords()
                .Where(c => c.Id == record.Id && c.DeliveredAt == null && (c.ClaimedUntil == null || c.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimToken, token).SetProperty(c => c.ClaimedUntil, now.AddMinutes(5)), cancellationToken);
            if (claimed == 0)
            {
                blocked.Add(record.SubjectId);
                continue;
            }
            try
            {
                await SendAsync(CreditMessage.Of(record), cancellationToken);
                await db.CreditRecords().Where(c => c.Id == record.Id)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(c => c.DeliveredAt, clock.GetUtcNow().UtcDateTime)
                        .SetProperty(c => c.Attempts, record.Attempts + 1)
                        .SetProperty(c => c.LastError, (string?)null)
                        .SetProperty(c => c.ClaimToken, (string?)null)
                        .SetProperty(c => c.ClaimedUntil, (DateTime?)null), cancellationToken);
                delivered++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var o = options.Value.Credit;
                var attempts = record.Attempts + 1;
                var delay = Backoff.After(attempts, o.FirstRetryDelay, o.MaxRetryDelay);
                var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                logger.LogWarning("Credit record {RecordId} attempt {Attempt} failed: {Error}", record.Id, attempts, error);
                await db.CreditRecords().Where(c => c.Id == record.Id)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(c => c.Attempts, attempts)
                        .SetProperty(c => c.LastError, error)
                        .SetProperty(c => c.NextAttemptAt, now + delay)
                        .SetProperty(c => c.ClaimToken, (string?)null)
                        .SetProperty(c => c.ClaimedUntil, (DateTime?)null), cancellationToken);
                blocked.Add(record.SubjectId);
                failed++;
            }
        }
        return new Result(delivered, failed);
    }

    private async Task SendAsync(CreditMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value.Credit;
        if (string.Equals(o.Sink, "Http", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(o.Url))
            {
                throw new InvalidOperationException("Portal:Supervision:Credit:Url is not set");
            }
            using var client = http.CreateClient(HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Post, o.Url) { Content = JsonContent.Create(message, options: Json) };
            // The receiver deduplicates by this key when a delivery is repeated after a lost answer.
            request.Headers.Add("Idempotency-Key", $"credit-{message.Sequence}");
            if (!string.IsNullOrEmpty(o.Token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
            }
            using var response = await client.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            return;
        }
        Directory.CreateDirectory(Folder);
        var name = $"{message.Sequence:D10}-{message.State}-{message.CreditCode}.json";
        // Its own name: a run whose claim expired mid-way may be writing the same record at the same moment.
        var temporary = Path.Combine(Folder, $".{name}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(message, Json), new UTF8Encoding(false), cancellationToken);
        // A reader of the folder never sees half a file.
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
    }
}
