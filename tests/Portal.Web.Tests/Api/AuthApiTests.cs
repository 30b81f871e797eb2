using System.Net;
using System.Net.Http.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

[Collection(PortalCollection.Name)]
public class AuthApiTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task The_first_administrator_gets_a_token_with_password_and_TOTP(string db)
    {
        var portal = portals[db];
        using var client = portal.CreateClient();
        var body = await (await client.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = portal.AdminUserName, password = portal.AdminPassword, totp = await Totp.FreshCodeAsync(portal.AdminAuthenticatorKey) })).JsonAsync();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddMinutes(30), DateTimeOffset.UtcNow.AddHours(2));
        Assert.EndsWith("Z", body.GetProperty("expiresAt").GetString());
    }

    [Theory, BothDatabases]
    public async Task An_administrator_without_the_TOTP_code_gets_no_token(string db)
    {
        var portal = portals[db];
        using var client = portal.CreateClient();
        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = portal.AdminUserName, password = portal.AdminPassword }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.True(problem.GetProperty("totpRequired").GetBoolean());
    }

    [Theory, BothDatabases]
    public async Task A_wrong_password_and_an_unknown_user_read_the_same(string db)
    {
        var portal = portals[db];
        using var client = portal.CreateClient();
        var wrong = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = portal.AdminUserName, password = "不是这个密码不是这个密码" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody-here", password = "不是这个密码不是这个密码" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
    }

    [Theory, BothDatabases]
    public async Task A_missing_field_or_a_broken_body_is_a_400(string db)
    {
        using var client = portals[db].CreateClient();
        var missing = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missing.FieldErrors("password"));
        using var broken = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/v1/auth/token", broken)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
