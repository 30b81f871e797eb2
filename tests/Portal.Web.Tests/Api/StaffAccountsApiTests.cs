using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

/// <summary>An administrator looks after accounts; whatever takes access away takes it away on the next request.</summary>
[Collection(PortalCollection.Name)]
public class StaffAccountsApiTests(Portals portals)
{
    private static async Task<HttpResponseMessage> TokenAsync(PortalFactory portal, string userName, string password, string totp)
    {
        using var client = portal.CreateClient();
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totp });
    }

    private static async Task<HttpClient> SignedInAsync(PortalFactory portal, string userName, string password, string key)
    {
        var body = await (await TokenAsync(portal, userName, password, await Totp.FreshCodeAsync(key))).JsonAsync();
        return portal.ClientWithToken(body.GetProperty("accessToken").GetString()!);
    }

    [Theory, BothDatabases]
    public async Task A_disabled_account_is_refused_on_its_next_request_and_signs_in_again_once_enabled(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        using var admin = await portal.AdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await handler.Client.GetAsync("/api/v1/obligations")).StatusCode);

        var disabled = await (await admin.DeleteAsync($"/api/v1/staff/users/{handler.UserName}")).JsonAsync();
        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Client.GetAsync("/api/v1/obligations")).StatusCode);
        // The right password of a disabled account gets the answer a wrong one gets: nobody learns it exists.
        var refused = await (await TokenAsync(portal, handler.UserName, handler.Password, "000000")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误。", refused.GetProperty("detail").GetString());

        Assert.False((await (await admin.PostAsync($"/api/v1/staff/users/{handler.UserName}/enable", null)).JsonAsync()).GetProperty("disabled").GetBoolean());
        using var again = await SignedInAsync(portal, handler.UserName, handler.Password, handler.AuthenticatorKey);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/obligations")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_new_role_ends_the_old_token_and_the_next_token_carries_the_new_role(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "environment");
        using var admin = await portal.AdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync("/api/v1/desk")).StatusCode);

        var moved = await (await admin.PutJsonAsync($"/api/v1/staff/users/{editor.UserName}",
            new { email = "handler@example.gov.cn", role = "handler", regionCode = "220303", department = "environment" })).JsonAsync();
        Assert.Equal(["handler"], moved.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("handler@example.gov.cn", moved.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/api/v1/obligations")).StatusCode);

        using var asHandler = await SignedInAsync(portal, editor.UserName, editor.Password, editor.AuthenticatorKey);
        Assert.Equal(HttpStatusCode.OK, (await asHandler.GetAsync("/api/v1/obligations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asHandler.GetAsync("/api/v1/desk")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_member_changes_their_own_password_and_only_the_new_one_signs_in(string db)
    {
        var portal = portals[db];
        var member = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var wrong = await (await member.Client.PostAsJsonAsync("/api/v1/staff/me/password", new { currentPassword = "不是当前的密码不是当前的", newPassword = "四平市政府督办新密码二〇二六" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("当前密码不正确", wrong.GetProperty("errors").GetProperty("currentPassword")[0].GetString());
        var weak = await (await member.Client.PostAsJsonAsync("/api/v1/staff/me/password", new { currentPassword = member.Password, newPassword = "short" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(weak.GetProperty("errors").TryGetProperty("newPassword", out _));

        const string fresh = "四平市政府督办新密码二〇二六";
        await (await member.Client.PostAsJsonAsync("/api/v1/staff/me/password", new { currentPassword = member.Password, newPassword = fresh })).JsonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/v1/obligations")).StatusCode);
        await (await TokenAsync(portal, member.UserName, member.Password, "000000")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        using var again = await SignedInAsync(portal, member.UserName, fresh, member.AuthenticatorKey);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/obligations")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_reset_second_factor_makes_the_member_enrol_again_before_anything_else(string db)
    {
        var portal = portals[db];
        var member = await portal.CreateStaffAsync("handler", "220322", "environment");
        using var admin = await portal.AdminClientAsync();

        var reset = await (await admin.PostAsync($"/api/v1/staff/users/{member.UserName}/reset-two-factor", null)).JsonAsync();
        Assert.False(reset.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/v1/obligations")).StatusCode);
        // The old authenticator's code no longer matters: the account has none until it enrols again.
        var token = await (await TokenAsync(portal, member.UserName, member.Password, await Totp.FreshCodeAsync(member.AuthenticatorKey))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("验证器", token.GetProperty("detail").GetString());
    }

    [Theory, BothDatabases]
    public async Task Unknown_accounts_bad_changes_disabling_oneself_and_other_roles_are_refused_in_chinese(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        var unknown = await (await admin.GetAsync("/api/v1/staff/users/nobody-here")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("nobody-here", unknown.GetProperty("detail").GetString());

        var editor = await portal.CreateStaffAsync("editor", "220303", "environment");
        var bad = await (await admin.PutJsonAsync($"/api/v1/staff/users/{editor.UserName}", new { email = "x", role = "king", regionCode = "999999", department = "environment" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("role", out _));
        Assert.True(errors.TryGetProperty("regionCode", out _));
        var unchanged = await (await admin.GetAsync($"/api/v1/staff/users/{editor.UserName}")).JsonAsync();
        Assert.Equal(["editor"], unchanged.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        await (await admin.DeleteAsync($"/api/v1/staff/users/{portal.AdminUserName}")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.DeleteAsync($"/api/v1/staff/users/{editor.UserName}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync("/api/v1/desk")).StatusCode);
    }

    [Fact]
    public async Task From_the_accounts_page_an_administrator_disables_an_account_and_enables_it_again()
    {
        var portal = portals["Sqlite"];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        using var admin = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        admin.DefaultRequestHeaders.Authorization = (await portal.AdminClientAsync()).DefaultRequestHeaders.Authorization;
        async Task<AngleSharp.Dom.IElement> RowAsync() =>
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await admin.GetStringAsync("/backoffice/staff"))
                .QuerySelectorAll("#staff-table tbody tr").Single(r => r.TextContent.Contains(handler.UserName));
        async Task<HttpResponseMessage> PressAsync(AngleSharp.Dom.IElement row, string button)
        {
            var form = row.QuerySelectorAll("form").Single(f => f.TextContent.Contains(button));
            return await admin.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            }));
        }

        var disabled = await PressAsync(await RowAsync(), "停用");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains(handler.UserName, await admin.GetStringAsync(disabled.Headers.Location!.OriginalString));
        Assert.Contains("已停用", (await RowAsync()).TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Client.GetAsync("/api/v1/obligations")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(await RowAsync(), "启用")).StatusCode);
        Assert.DoesNotContain("已停用", (await RowAsync()).TextContent);
    }
}
