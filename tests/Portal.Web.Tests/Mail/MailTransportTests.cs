using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Mail;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Mail;

[Collection(PortalCollection.Name)]
public class MailTransportTests
{
    private const string Subject = "【督办】四平市铁东区：3 项公示已逾期，请于 2026年12月1日 前处理";
    private const string Body = "李科长：\n\n以下事项已逾期：\n1. 责令整改公告：四平市某某水泥有限公司\n\n此邮件由公示举报平台自动发送。";

    [Fact]
    public async Task A_batch_goes_over_one_SMTP_connection_and_Chinese_names_subjects_and_bodies_arrive_intact()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: new Dictionary<string, string?>(smtp.Settings)
        {
            ["Portal:Mail:FromName"] = "落后产能退出公示举报平台",
            ["Portal:Mail:Security"] = "None",
        });
        for (var i = 1; i <= 3; i++)
        {
            await EnqueueAsync(portal, $"batch-{i}", $"{Subject}（{i}）");
        }
        using var admin = await portal.AdminClientAsync();

        var run = await Supervising.RunJobAsync(admin, "mail-outbox");

        Assert.StartsWith("发送 3，", run.GetProperty("summary").GetString());
        var received = smtp.Messages();
        Assert.Equal(["batch-1", "batch-2", "batch-3"], received.Select(m => m.PortalKey));
        Assert.All(received, m =>
        {
            Assert.StartsWith(Subject, m.Subject);
            Assert.Equal("李科长 <duty@example.gov.cn>", m.To);
            Assert.Equal("落后产能退出公示举报平台 <noreply@portal.test>", m.From);
            Assert.Equal(Body.Replace("\n", "\r\n", StringComparison.Ordinal), m.Body.TrimEnd().Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal));
        });
        // One connection: the server saw every message come from the same client port.
        Assert.Single(received.Select(m => m.Peer).Distinct());
    }

    [Fact]
    public async Task Without_an_SMTP_host_each_message_is_an_eml_file_in_the_pickup_folder_that_a_mail_reader_opens()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        await EnqueueAsync(portal, "pickup-1", Subject);
        using var admin = await portal.AdminClientAsync();

        await Supervising.RunJobAsync(admin, "mail-outbox");

        var file = Assert.Single(Directory.GetFiles(Path.Combine(portal.DataDirectory, "mail")));
        Assert.EndsWith(".eml", file);
        // Read by Python's email package, not by the library that wrote it.
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", """
            import email, email.policy, sys
            m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
            print(m["Subject"]); print(m["To"]); print(m["X-Portal-Message"]); print(m.get_body(preferencelist=("plain",)).get_content(), end="")
            """, file])
        {
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var python = Process.Start(start)!;
        var lines = (await python.StandardOutput.ReadToEndAsync()).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', 4);
        await python.WaitForExitAsync();
        Assert.Equal(Subject, lines[0]);
        Assert.Equal("李科长 <duty@example.gov.cn>", lines[1]);
        Assert.Equal("pickup-1", lines[2]);
        Assert.Equal(Body, lines[3].TrimEnd('\n'));
    }

    private static async Task EnqueueAsync(PortalFactory portal, string key, string subject)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue(key, "duty@example.gov.cn", "李科长", subject, Body);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    [Theory]
    [InlineData(null, "Portal:Supervision:PublicUrl 未设置")]
    [InlineData("gk.example.gov.cn", "不是完整的 http(s) 地址")]
    public async Task A_production_portal_that_mails_reminders_will_not_start_without_its_public_address(string? publicUrl, string said)
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: new Dictionary<string, string?>
        {
            ["Portal:Mail:Host"] = "127.0.0.1",
            ["Portal:Supervision:PublicUrl"] = publicUrl,
        });

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Task.Run(() => portal.CreateClient()));

        Assert.Contains(said, refused.GetBaseException().Message);
    }
}
