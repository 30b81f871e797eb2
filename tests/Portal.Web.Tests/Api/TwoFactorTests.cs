using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

/// <summary>Every staff member who can see a report signs in with a second factor, and each code works once.</summary>
[Collection(PortalCollection.Name)]
public class TwoFactorTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    private static async Task<(string UserName, string Password)> OpenAccountAsync(PortalFactory portal, string role, string? authenticatorKey = null)
    {
        using var admin = await portal.AdminClientAsync();
        var userName = $"2fa-{role}-{Guid.NewGuid():N}"[..24];
        const string password = "两步验证测试用的密码-足够长";
        var (regionCode, department) = role switch
        {
            "supervisor" => ("220300", "government"),
            "admin" => ("220000", "government"),
            _ => ("220303", "environment"),
        };
        await (await admin.PostAsJsonAsync("/api/v1/staff/users", new { userName, password, email = "x@example.gov.cn", role, regionCode, department, authenticatorKey }))
            .JsonAsync(HttpStatusCode.Created);
        return (userName, password);
    }

    [Theory]
    [InlineData("Sqlite", "editor")]
    [InlineData("Sqlite", "handler")]
    [InlineData("Postgres", "supervisor")]
    [InlineData("Postgres", "admin")]
    public async Task A_staff_member_without_a_second_factor_gets_no_token(string db, string role)
    {
        var portal = portals[db];
        var (userName, password) = await OpenAccountAsync(portal, role);
        using var client = portal.CreateClient();

        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password })).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("两步验证", problem.GetProperty("detail").GetString());
    }

    [Theory, BothDatabases]
    public async Task An_authenticator_code_gets_a_token_once_and_is_refused_the_second_time(string db)
    {
        var portal = portals[db];
        var key = Totp.NewKey();
        var (userName, password) = await OpenAccountAsync(portal, "handler", key);
        using var client = portal.CreateClient();
        var code = await Totp.FreshCodeAsync(key);

        await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totp = code })).JsonAsync();
        var replay = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totp = code })).AssertProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("已经用过", replay.GetProperty("detail").GetString());
        await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totp = await Totp.FreshCodeAsync(key) })).JsonAsync();
    }

    [Theory, BothDatabases]
    public async Task An_authenticator_key_that_is_not_Base32_is_refused_and_no_account_is_opened(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        var userName = "badkey-" + Guid.NewGuid().ToString("N")[..10];
        var problem = await (await admin.PostAsJsonAsync("/api/v1/staff/users", new
        {
            userName, password = "两步验证测试用的密码-足够长", email = "x@example.gov.cn", role = "editor", regionCode = "220303", department = "environment",
            authenticatorKey = "not-base32-at-all-1890",
        })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Base32", Assert.Single(problem.FieldErrors("authenticatorKey")));
        using var client = portals[db].CreateClient();
        await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "两步验证测试用的密码-足够长" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory, BothDatabases]
    public async Task A_handler_signed_in_with_a_password_alone_reaches_only_enrolment_then_gets_recovery_codes_that_work_once(string db)
    {
        var portal = portals[db];
        var (userName, password) = await OpenAccountAsync(portal, "handler");
        using var browser = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = await PageAsync(browser, "/account/sign-in");
        var signedIn = await PostAsync(browser, "/account/sign-in", signIn, new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        foreach (var page in new[] { "/backoffice", "/backoffice/reports", "/backoffice/obligations" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/authenticator", response.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/queue")).StatusCode);

        var enrol = await PageAsync(browser, "/account/authenticator");
        Assert.Contains("所有工作人员账户都必须启用两步验证", enrol.Body!.TextContent);
        var key = enrol.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", string.Empty);
        var enrolled = await PostAsync(browser, "/account/authenticator", enrol, new() { ["Form.Code"] = await Totp.FreshCodeAsync(key) });
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal("no-store", enrolled.Headers.CacheControl!.ToString());
        var codes = Parser.ParseDocument(await enrolled.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice/reports")).StatusCode);

        using var program = portal.CreateClient();
        await (await program.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, recoveryCode = codes[3] })).JsonAsync();
        await (await program.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, recoveryCode = codes[3] })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IHtmlDocument page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
