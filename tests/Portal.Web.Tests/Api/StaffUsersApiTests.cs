using System.Net;
using System.Net.Http.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

[Collection(PortalCollection.Name)]
public class StaffUsersApiTests(Portals portals)
{
    private static readonly string Key = Totp.NewKey();

    private static object NewUser(string? password = null, string role = "editor", string regionCode = "220303", string department = "environment") => new
    {
        userName = "u" + Guid.NewGuid().ToString("N")[..12],
        password = password ?? "铁东区生态环境局编辑专用",
        email = "editor@example.gov.cn",
        role,
        regionCode,
        department,
        authenticatorKey = Key,
    };

    [Theory, BothDatabases]
    public async Task An_administrator_opens_an_account_in_a_department_unit(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        var user = await (await admin.PostAsJsonAsync("/api/v1/staff/users", NewUser())).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("editor", user.GetProperty("role").GetString());
        Assert.Equal("四平市铁东区生态环境局", user.GetProperty("unitName").GetString());
        Assert.Equal("220303", user.GetProperty("regionCode").GetString());
        Assert.Equal("environment", user.GetProperty("department").GetString());
    }

    [Theory, BothDatabases]
    public async Task A_password_under_twelve_characters_is_refused(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/staff/users", NewUser(password: "short-pw-1"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("password"), m => m.Contains("12"));
    }

    [Theory, BothDatabases]
    public async Task An_unknown_role_is_refused_with_the_roles_there_are(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/staff/users", NewUser(role: "superuser"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.FieldErrors("role"));
        Assert.Contains("superuser", message);
        Assert.Contains("supervisor", message);
    }

    [Theory, BothDatabases]
    public async Task A_bad_region_code_is_refused(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/staff/users", NewUser(regionCode: "229999"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("229999", Assert.Single(problem.FieldErrors("regionCode")));
    }

    [Theory, BothDatabases]
    public async Task A_unit_that_does_not_exist_is_refused(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        // Counties have no energy bureau of their own.
        var problem = await (await admin.PostAsJsonAsync("/api/v1/staff/users", NewUser(department: "energy"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("department"));
    }

    [Theory, BothDatabases]
    public async Task A_taken_user_name_is_a_conflict_and_the_first_account_stays(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        var user = NewUser();
        await (await admin.PostAsJsonAsync("/api/v1/staff/users", user)).JsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync("/api/v1/staff/users", user)).AssertProblemAsync(HttpStatusCode.Conflict);
        var userName = (string)user.GetType().GetProperty("userName")!.GetValue(user)!;
        Assert.False(string.IsNullOrEmpty(await portal.TokenAsync(userName, "铁东区生态环境局编辑专用", Key)));
    }

    [Theory, BothDatabases]
    public async Task Only_an_administrator_opens_accounts(string db)
    {
        var portal = portals[db];
        using var anonymous = portal.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/staff/users", NewUser())).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var supervisor = await portal.CreateStaffAsync("supervisor", "220300", "government");
        await (await supervisor.Client.PostAsJsonAsync("/api/v1/staff/users", NewUser())).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
