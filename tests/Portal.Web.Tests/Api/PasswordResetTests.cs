using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Api;

/// <summary>"忘记密码": a single-use link by e-mail (a real SMTP server), the same answer whether the account exists or not.</summary>
[Collection(PortalCollection.Name)]
public partial class PasswordResetTests
{
    [Fact]
    public async Task A_member_who_forgot_the_password_resets_it_from_the_mailed_link_once_and_signs_in_with_the_new_one()
    {
        await using var smtp = await SmtpServer.StartAsync();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Portal:Site:PublicUrl"] = SmtpServer.PublicUrl };
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: settings);
        var member = await portal.CreateStaffAsync("handler", "220303", "environment");
        using var admin = await portal.AdminClientAsync();
        using var anonymous = portal.CreateClient();

        var known = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { account = member.UserName })).JsonAsync();
        var unknown = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { account = "nobody-" + Guid.NewGuid().ToString("N")[..8] })).JsonAsync();
        Assert.Equal(known.GetProperty("message").GetString(), unknown.GetProperty("message").GetString());
        await Supervising.RunJobAsync(admin, "mail-outbox");

        var mail = Assert.Single(smtp.Messages(), m => m.To.Contains(Supervising.EmailOf(member), StringComparison.Ordinal));
        Assert.Equal("重设工作台登录密码", mail.Subject);
        var link = new Uri(LinkPattern().Match(mail.Body).Value);
        Assert.Equal(new Uri(SmtpServer.PublicUrl).Host, link.Host);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        Assert.Equal(member.UserName, query["user"].ToString());

        // The link's page offers the form without script.
        var page = await anonymous.GetStringAsync(link.PathAndQuery);
        Assert.Contains("name=\"newPassword\"", page);

        const string fresh = "铁东区环境局处理人员的新密码";
        var command = new { userName = member.UserName, token = query["token"].ToString(), newPassword = fresh };
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", command)).JsonAsync();
        var again = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", command with { newPassword = fresh + "二" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("链接无效", again.GetProperty("errors").GetProperty("token")[0].GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/v1/obligations")).StatusCode);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = member.UserName, password = member.Password, totp = "000000" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        var token = await (await anonymous.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = member.UserName, password = fresh, totp = await Totp.FreshCodeAsync(member.AuthenticatorKey) })).JsonAsync();
        using var signedIn = portal.ClientWithToken(token.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/obligations")).StatusCode);
    }

    [Fact]
    public async Task A_forged_or_missing_link_and_a_weak_password_are_refused_in_chinese()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var member = await portal.CreateStaffAsync("editor", "220303", "environment");
        using var anonymous = portal.CreateClient();
        var forged = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset/confirm",
            new { userName = member.UserName, token = "not-a-token", newPassword = "一个足够长的新密码一个足够长" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("链接无效", forged.GetProperty("errors").GetProperty("token")[0].GetString());
        var missing = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { userName = member.UserName })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("newPassword", out _));
        var empty = await (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { account = " " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("account", out _));
    }

    [GeneratedRegex(@"https://\S+/account/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}
