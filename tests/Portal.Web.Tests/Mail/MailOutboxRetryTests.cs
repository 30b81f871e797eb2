using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Mail;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Mail;

[Collection(PortalCollection.Name)]
public class MailOutboxRetryTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task Mail_waits_out_a_stopped_SMTP_server_with_doubling_delays_gives_up_after_the_last_attempt_and_goes_once_the_server_is_back(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("mail_retry") : null;
        var port = LoopbackPort.Free();
        var clock = new MovableClock();
        await using var portal = new PortalFactory(db, connection, demoData: false, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Portal:Mail:Host"] = "127.0.0.1",
            ["Portal:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Portal:Mail:From"] = "noreply@portal.test",
            ["Portal:Mail:MaxAttempts"] = "3",
            ["Portal:Supervision:PublicUrl"] = SmtpServer.PublicUrl,
        });
        using var admin = await portal.AdminClientAsync();
        var start = clock.GetUtcNow();
        clock.Set(start);

        async Task AtAsync(TimeSpan after)
        {
            clock.Set(start + after);
            await Supervising.RunJobAsync(admin, "mail-outbox");
        }

        await EnqueueAsync(portal, "retry-a", "第一封：期限提醒");
        await AtAsync(TimeSpan.Zero);
        var a = await MailAsync(portal, "retry-a");
        Assert.Equal(1, a.Attempts);
        Assert.NotNull(a.LastError);
        Assert.Equal(start.UtcDateTime + TimeSpan.FromMinutes(1), a.NextAttemptAt, TimeSpan.FromSeconds(1));

        // Not due again yet: nothing is tried.
        await AtAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, (await MailAsync(portal, "retry-a")).Attempts);

        await EnqueueAsync(portal, "retry-b", "第二封：逾期督办");
        await AtAsync(TimeSpan.FromMinutes(1));
        a = await MailAsync(portal, "retry-a");
        Assert.Equal(2, a.Attempts);
        // The delay doubles: two minutes after the second failure.
        Assert.Equal(start.UtcDateTime + TimeSpan.FromMinutes(3), a.NextAttemptAt, TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await MailAsync(portal, "retry-b")).Attempts);

        await AtAsync(TimeSpan.FromMinutes(3));
        a = await MailAsync(portal, "retry-a");
        Assert.Equal(3, a.Attempts);
        Assert.NotNull(a.AbandonedAt);
        Assert.Equal(2, (await MailAsync(portal, "retry-b")).Attempts);

        await using var smtp = await SmtpServer.StartAsync(port);
        await AtAsync(TimeSpan.FromMinutes(4));
        Assert.Empty(smtp.Messages());
        await AtAsync(TimeSpan.FromMinutes(5));
        await AtAsync(TimeSpan.FromMinutes(30));

        var received = Assert.Single(smtp.Messages());
        Assert.Equal("第二封：逾期督办", received.Subject);
        Assert.Equal("retry-b", received.PortalKey);
        Assert.NotNull((await MailAsync(portal, "retry-b")).SentAt);
        Assert.Null((await MailAsync(portal, "retry-a")).SentAt);
    }

    private static async Task EnqueueAsync(PortalFactory portal, string key, string subject)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue(key, "duty@example.gov.cn", "值班员", subject, "请及时办理。");
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    private static async Task<OutboxMail> MailAsync(PortalFactory portal, string key)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.DedupKey == key);
    }
}
