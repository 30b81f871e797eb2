using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Mail;
using Portal.Modules.Disclosure.Subscriptions;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Search;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Subscriptions;

/// <summary>
/// Subscribing by e-mail as a member of the public does it: the form, the confirmation mail from a real SMTP server
/// (aiosmtpd), the next morning's digest, and leaving with the mail reader's one-click 退订.
/// </summary>
[Collection(PortalCollection.Name)]
public partial class SubscriptionTests(Portals portals)
{
    private const string Subscriber = "dingyue@example.cn";

    [Theory, BothDatabases]
    public async Task A_subscriber_confirms_by_the_mailed_link_gets_one_digest_of_a_publication_below_the_subscribed_city_even_from_two_nodes_and_leaves_in_one_click(string db)
    {
        await using var smtp = await SmtpServer.StartAsync();
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("subscriptions") : null;
        var clock = new MovableClock();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Portal:Site:PublicUrl"] = SmtpServer.PublicUrl };
        await using var node1 = new PortalFactory(db, connection, demoData: false, settings: settings, clock: clock);
        await using var node2 = PortalFactory.SecondNodeOf(node1, settings);
        // Signed in while the clock still tells real time, as authenticator codes do.
        var adminToken = await node1.TokenAsync(node1.AdminUserName, node1.AdminPassword, node1.AdminAuthenticatorKey);
        using var admin1 = node1.ClientWithToken(adminToken);
        using var admin2 = node2.ClientWithToken(adminToken);
        var publishing = new Publishing(node1);
        await publishing.EditorAsync();
        // Days a week back: the clock only moves within the hour the sign-ins' tokens live, counted from real time.
        var today = Enterprises.ChinaToday.AddDays(-7);
        clock.SetChinaDay(today);
        var inCounty = await node1.RegisterAsync("220322");
        var inOtherCity = await node1.RegisterAsync("220102");
        using var visitor = node1.CreateClient();

        // The violation list's page offers the subscription with its filters filled in.
        var listPage = await visitor.GetStringAsync("/lists/violation?region=220300");
        Assert.Contains("href=\"/subscriptions/new?list=violation&amp;region=220300\"", listPage);
        var form = await visitor.GetStringAsync("/subscriptions/new?list=violation&region=220300");
        Assert.Matches("<option value=\"220300\" selected", form);
        var sent = await visitor.PostAsync("/subscriptions", Form(("email", Subscriber), ("list", "violation"), ("region", "220300")));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("id=\"subscription-sent\"", await sent.Content.ReadAsStringAsync());

        await Supervising.RunJobAsync(admin1, "mail-outbox");
        var confirmation = Assert.Single(smtp.Messages(), m => m.To.Contains(Subscriber, StringComparison.Ordinal));
        Assert.Contains("请确认订阅", confirmation.Subject);
        Assert.Contains("违规", confirmation.Subject + confirmation.Body);
        Assert.Contains("四平市及下辖地区", confirmation.Body);
        Assert.Null(confirmation.ListUnsubscribe);
        var link = new Uri(LinkPattern().Match(confirmation.Body).Value);
        Assert.Equal(new Uri(SmtpServer.PublicUrl).Host, link.Host);

        // Opening the link (as a mail scanner would) confirms nothing; the button on its page does.
        var page = await visitor.GetStringAsync(link.AbsolutePath);
        Assert.Contains("id=\"subscription-confirm\"", page);
        clock.SetChinaDay(today.AddDays(1));
        await RunDigestOnBothAsync();
        Assert.Single(smtp.Messages());
        clock.SetChinaDay(today);
        var confirmed = await visitor.PostAsync(link.AbsolutePath + "/confirm", Form());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("id=\"subscription-done\"", await confirmed.Content.ReadAsStringAsync());

        // Later the same day, one violation in 梨树县 (under 四平市) and one in 长春市 are published.
        clock.Set(clock.GetUtcNow().AddHours(1));
        var marker = Publishing.RareHan(4);
        var below = await publishing.PublishAsync(inCounty, $"{marker}产品抽检不合格。", $"关于{marker}企业违规的公示", today);
        await publishing.PublishAsync(inOtherCity, $"{marker}产品抽检不合格。", $"关于{marker}长春企业违规的公示", today);

        // The next morning, both nodes run the digest at once: one mail.
        clock.SetChinaDay(today.AddDays(1));
        await RunDigestOnBothAsync();
        await RunDigestOnBothAsync();
        var digest = Assert.Single(smtp.Messages().Skip(1));
        Assert.Contains(Subscriber, digest.To);
        Assert.Contains($"关于{marker}企业违规的公示", digest.Body);
        Assert.DoesNotContain("长春企业", digest.Body);
        Assert.Contains($"{SmtpServer.PublicUrl}/announcements/{below}", digest.Body);
        Assert.Contains("1 条变化", digest.Subject);
        Assert.Matches("^<https://[^>]+>$", digest.ListUnsubscribe);
        var unsubscribe = new Uri(digest.ListUnsubscribe!.Trim('<', '>'));
        Assert.Equal($"{link.AbsoluteUri}/unsubscribe", unsubscribe.AbsoluteUri);
        Assert.Equal("List-Unsubscribe=One-Click", digest.ListUnsubscribePost);

        // The mail reader's 退订 posts once, without a page or a cookie; the address is gone from the portal, outbox too.
        var left = await visitor.PostAsync(unsubscribe.AbsolutePath, Form(("List-Unsubscribe", "One-Click")));
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link.AbsolutePath)).StatusCode);
        using (var scope = node1.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.False(await data.Set<Subscription>().AnyAsync(s => s.Email == Subscriber));
            Assert.False(await data.Set<OutboxMail>().AnyAsync(m => m.To == Subscriber));
        }
        var again = await visitor.PostAsync(unsubscribe.AbsolutePath, Form(("List-Unsubscribe", "One-Click")));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // A later publication in the same city reaches nobody.
        clock.Set(clock.GetUtcNow().AddHours(1));
        await publishing.PublishAsync(inCounty, $"{marker}再次抽检不合格。", null, today.AddDays(1));
        clock.SetChinaDay(today.AddDays(2));
        await RunDigestOnBothAsync();
        Assert.Equal(2, smtp.Messages().Count);

        async Task RunDigestOnBothAsync()
        {
            await Task.WhenAll(Supervising.RunJobAsync(admin1, "subscription-digest"), Supervising.RunJobAsync(admin2, "subscription-digest"));
            await Task.WhenAll(Supervising.RunJobAsync(admin1, "mail-outbox"), Supervising.RunJobAsync(admin2, "mail-outbox"));
        }
    }

    [Fact]
    public async Task Corrections_and_withdrawals_are_in_the_digest_and_a_quiet_day_sends_nothing()
    {
        await using var smtp = await SmtpServer.StartAsync();
        var clock = new MovableClock();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Portal:Site:PublicUrl"] = SmtpServer.PublicUrl };
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: settings, clock: clock);
        using var admin = await portal.AdminClientAsync();
        var publishing = new Publishing(portal);
        await publishing.EditorAsync();
        var today = Enterprises.ChinaToday.AddDays(-7);
        clock.SetChinaDay(today.AddDays(-1));
        var code = await portal.RegisterAsync("220303");
        var marker = Publishing.RareHan(4);
        var corrected = await publishing.PublishAsync(code, $"{marker}抽检不合格。", $"{marker}将被更正的公示", today.AddDays(-1));
        var withdrawn = await publishing.PublishAsync(code, $"{marker}抽检不合格。", $"{marker}将被撤回的公示", today.AddDays(-1));

        using var visitor = portal.CreateClient();
        await visitor.PostAsync("/subscriptions", Form(("email", Subscriber), ("enterprise", code)));
        await Supervising.RunJobAsync(admin, "mail-outbox");
        var link = new Uri(LinkPattern().Match(Assert.Single(smtp.Messages()).Body).Value);
        await visitor.PostAsync(link.AbsolutePath + "/confirm", Form());

        clock.SetChinaDay(today);
        await Supervising.RunJobAsync(admin, "subscription-digest");
        await Supervising.RunJobAsync(admin, "mail-outbox");
        Assert.Single(smtp.Messages());

        clock.Set(clock.GetUtcNow().AddHours(1));
        var editor = await publishing.EditorAsync();
        var correction = await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{corrected}/corrections",
            new { reason = "更正违规事实的表述。", violations = $"{marker}产品抽检两项指标不合格。" });
        Assert.True(correction.IsSuccessStatusCode, await correction.Content.ReadAsStringAsync());
        await publishing.WithdrawAsync(withdrawn);

        clock.SetChinaDay(today.AddDays(1));
        await Supervising.RunJobAsync(admin, "subscription-digest");
        await Supervising.RunJobAsync(admin, "mail-outbox");
        var digest = smtp.Messages()[^1];
        Assert.Equal(2, smtp.Messages().Count);
        Assert.Matches($"更正（1 条）\\s+· {marker}将被更正的公示", digest.Body);
        Assert.Matches($"撤回（1 条）\\s+· {marker}将被撤回的公示", digest.Body);
        Assert.DoesNotContain("新发布", digest.Body);
    }

    [Fact]
    public async Task A_wrong_address_region_list_or_enterprise_is_refused_beside_its_field_and_nothing_is_kept()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false,
            settings: new Dictionary<string, string?> { ["Portal:RateLimits:SubscribePerHour"] = "100" });
        using var visitor = portal.CreateClient();
        (string Field, string Value, string Expected)[] cases =
        [
            ("email", "", "请填写电子邮箱"),
            ("email", "not-an-address", "不是有效的电子邮箱地址"),
            ("email", "a@localhost", "不是有效的电子邮箱地址"),
            ("email", "victim@example.cn\r\nBcc: all@example.cn", "不是有效的电子邮箱地址"),
            ("email", "Name <name@example.cn>", "不是有效的电子邮箱地址"),
            ("email", new string('a', 300) + "@example.cn", "不是有效的电子邮箱地址"),
            ("region", "999999", "999999"),
            ("list", "purple", "purple"),
            ("industry", "tea", "tea"),
            ("enterprise", "91220300MA0000000X", "企业名录中没有"),
        ];
        var before = await CountAsync(portal);
        foreach (var (field, value, expected) in cases)
        {
            var response = await visitor.PostAsync("/subscriptions", field == "email" ? Form((field, value)) : Form(("email", "refused@example.cn"), (field, value)));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"id=\"e-{field}\"", html);
            Assert.Contains(WebUtility.HtmlEncode(expected), html);
        }
        Assert.Equal(before, await CountAsync(portal));

        // Links that name no subscription find nothing, and say so.
        foreach (var token in new[] { "nope", new string('x', 400), "..%2F..%2Fetc" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/subscriptions/{token}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostAsync($"/subscriptions/{token}/confirm", Form())).StatusCode);
        }
        var english = new HttpRequestMessage(HttpMethod.Post, "/subscriptions") { Content = Form(("email", "nobody")) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        Assert.Contains("is not a valid e-mail address", await (await visitor.SendAsync(english)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_address_named_again_and_again_gets_three_confirmation_mails_a_day_and_the_answer_never_tells()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: smtp.Settings);
        using var admin = await portal.AdminClientAsync();
        using var visitor = portal.CreateClient();
        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var response = await visitor.PostAsync("/subscriptions", Form(("email", "victim@example.cn")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(SentPattern().Match(await response.Content.ReadAsStringAsync()).Value);
        }
        Assert.Single(answers.Distinct());
        await Supervising.RunJobAsync(admin, "mail-outbox");
        Assert.Equal(Subscribe.RequestsPerAddressPerDay, smtp.Messages().Count);
    }

    private static async Task<int> CountAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Subscription>().CountAsync();
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex(@"https://\S+/subscriptions/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("id=\"subscription-sent\">[\\s\\S]*?</div>")]
    private static partial Regex SentPattern();
}
