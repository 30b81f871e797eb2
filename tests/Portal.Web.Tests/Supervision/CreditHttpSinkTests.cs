using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

[Collection(PortalCollection.Name)]
public class CreditHttpSinkTests(Portals portals)
{
    /// <summary>A credit platform on loopback: records what it is sent, and answers 503 while it is "down".</summary>
    private sealed class CreditPlatform : IDisposable
    {
        private readonly HttpListener _listener = new();
        public ConcurrentQueue<(string? Authorization, string? Key, JsonElement Body, HttpStatusCode Answer)> Received { get; } = new();
        public bool Down { get; set; } = true;
        public string Url { get; }

        public CreditPlatform()
        {
            Url = $"http://127.0.0.1:{LoopbackPort.Free()}/credit/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                    using var reader = new StreamReader(context.Request.InputStream, System.Text.Encoding.UTF8);
                    var body = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone();
                    var answer = Down ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.Accepted;
                    Received.Enqueue((context.Request.Headers["Authorization"], context.Request.Headers["Idempotency-Key"], body, answer));
                    context.Response.StatusCode = (int)answer;
                    context.Response.Close();
                }
            });
        }

        public void Dispose() => _listener.Close();
    }

    [Theory, BothDatabases]
    public async Task The_credit_feed_reaches_an_HTTP_platform_with_its_token_waits_while_it_is_down_and_sends_each_record_once_in_order(string db)
    {
        using var platform = new CreditPlatform();
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("credit_http") : null;
        var clock = new MovableClock();
        await using var portal = new PortalFactory(db, connection, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Portal:Supervision:Credit:Sink"] = "Http",
            ["Portal:Supervision:Credit:Url"] = platform.Url,
            ["Portal:Supervision:Credit:Token"] = "credit-platform-token-0001",
        });
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");

        // Down: one attempt per enterprise (its later records wait behind the first), nothing marked delivered.
        var failed = await Supervising.RunJobAsync(admin, "credit-push");
        Assert.StartsWith("送达 0，失败 ", failed.GetProperty("summary").GetString());
        var firstTries = platform.Received.ToList();
        Assert.NotEmpty(firstTries);
        Assert.All(firstTries, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Answer));
        Assert.Equal(firstTries.Count, firstTries.Select(r => r.Body.GetProperty("subjectId").GetString()).Distinct().Count());
        Assert.Equal($"送达 0，失败 {firstTries.Count}", failed.GetProperty("summary").GetString());

        // Retried only after the back-off.
        await Supervising.RunJobAsync(admin, "credit-push");
        Assert.Equal(firstTries.Count, platform.Received.Count);

        platform.Down = false;
        clock.Set(clock.GetUtcNow().AddMinutes(2));
        await Supervising.RunJobAsync(admin, "credit-push");
        await Supervising.RunJobAsync(admin, "credit-push");

        var accepted = platform.Received.Where(r => r.Answer == HttpStatusCode.Accepted).ToList();
        Assert.NotEmpty(accepted);
        Assert.All(platform.Received, r => Assert.Equal("Bearer credit-platform-token-0001", r.Authorization));
        Assert.All(platform.Received, r => Assert.Equal($"credit-{r.Body.GetProperty("sequence").GetInt64()}", r.Key));
        // Each record accepted once; per enterprise in sequence, the listing first.
        Assert.Equal(accepted.Count, accepted.Select(r => r.Key).Distinct().Count());
        foreach (var subject in accepted.GroupBy(r => r.Body.GetProperty("subjectId").GetString()))
        {
            var sequences = subject.Select(r => r.Body.GetProperty("sequence").GetInt64()).ToList();
            Assert.Equal(sequences.Order(), sequences);
            Assert.Equal("listed", subject.First().Body.GetProperty("state").GetString());
        }
        Assert.Contains(accepted, r => r.Body.GetProperty("list").GetString() == "forced-exit");
        // Everything that failed was delivered after the platform came back.
        Assert.All(firstTries, f => Assert.Contains(accepted, a => a.Key == f.Key));

        var before = platform.Received.Count;
        clock.Set(clock.GetUtcNow().AddMinutes(30));
        await Supervising.RunJobAsync(admin, "credit-push");
        Assert.Equal(before, platform.Received.Count);
    }
}
