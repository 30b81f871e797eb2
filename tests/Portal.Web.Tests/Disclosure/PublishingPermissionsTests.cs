using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Disclosure;

/// <summary>
/// Who may publish what, as a matrix: the list's responsible department (002: each department by its duty), the
/// editor's own unit (region + department), and the role.
/// </summary>
[Collection(PortalCollection.Name)]
public class PublishingPermissionsTests(Portals portals)
{
    private static readonly ConcurrentDictionary<string, PortalFactory.Staff> Accounts = new();

    private async Task<HttpClient> AccountAsync(string db, string role, string region, string department) =>
        (await GetOrCreateAsync(db, role, region, department)).Client;

    private async Task<PortalFactory.Staff> GetOrCreateAsync(string db, string role, string region, string department)
    {
        var key = $"{db}/{role}/{region}/{department}";
        if (!Accounts.TryGetValue(key, out var staff))
        {
            staff = await portals[db].CreateStaffAsync(role, region, department);
            Accounts[key] = staff;
        }
        return staff;
    }

    private static Dictionary<string, object?> Body(string list, string? dimension, string code) => list switch
    {
        "rectification" => Announcements.EnergyRectification(code, "2026-10-09", "2027-01-20").With("dimension", dimension),
        "forced-exit" => Announcements.ForcedExit(code, null, dimension!),
        "elimination" => new()
        {
            ["list"] = "elimination", ["stage"] = "notice", ["enterpriseCreditCode"] = code, ["inspectionCompletedOn"] = "2026-10-09", ["deadline"] = "2027-03-31",
            ["exitMethod"] = "dismantle", ["equipment"] = new[] { new { name = "机立窑", model = "Φ2.5×10m", quantity = 1, capacity = 8.8m, capacityUnit = "万吨/年" } },
        },
        "violation" => new()
        {
            ["list"] = "violation", ["stage"] = "notice", ["enterpriseCreditCode"] = code, ["inspectionCompletedOn"] = "2026-10-09", ["deadline"] = "2026-12-31",
            ["violations"] = "未批先建。", ["basis"] = "《中华人民共和国土地管理法》。", ["requirements"] = "限期拆除。",
        },
        _ => new()
        {
            ["list"] = "compliant", ["enterpriseCreditCode"] = code, ["inspectionCompletedOn"] = "2026-10-09",
            ["equipment"] = new[] { new { name = "新型干法窑", model = "5000t/d", quantity = 1, capacity = 155m, capacityUnit = "万吨/年" } },
            ["products"] = "水泥熟料。", ["inspectedItems"] = "能耗、环保、质量、安全均合格。",
        },
    };

    /// <summary>(list, dimension, publishing department, expected status) for a cement works in 铁东区.</summary>
    public static readonly (string List, string? Dimension, string Department, HttpStatusCode Expected)[] ByDepartment =
    [
        ("rectification", "energy", "industry", HttpStatusCode.Created),
        ("rectification", "energy", "environment", HttpStatusCode.BadRequest),
        ("rectification", "environment", "environment", HttpStatusCode.Created),
        ("rectification", "environment", "industry", HttpStatusCode.BadRequest),
        ("rectification", "quality", "market", HttpStatusCode.Created),
        ("rectification", "safety", "emergency", HttpStatusCode.Created),
        ("rectification", "safety", "market", HttpStatusCode.BadRequest),
        ("rectification", "technology", "industry", HttpStatusCode.BadRequest),
        ("forced-exit", "quality", "government", HttpStatusCode.Created),
        ("forced-exit", "quality", "market", HttpStatusCode.Created),
        ("forced-exit", "quality", "industry", HttpStatusCode.BadRequest),
        ("elimination", null, "industry", HttpStatusCode.Created),
        ("elimination", null, "development", HttpStatusCode.Created),
        ("elimination", null, "environment", HttpStatusCode.BadRequest),
        ("violation", null, "natural-resources", HttpStatusCode.Created),
        ("violation", null, "government", HttpStatusCode.BadRequest),
        ("compliant", null, "industry", HttpStatusCode.Created),
        ("compliant", null, "environment", HttpStatusCode.BadRequest),
    ];

    [Theory, BothDatabases]
    public async Task Each_list_is_published_only_by_its_responsible_department(string db)
    {
        var code = await portals[db].RegisterAsync("220303");
        var mismatches = new List<string>();
        foreach (var (list, dimension, department, expected) in ByDepartment)
        {
            var editor = await AccountAsync(db, "editor", "220303", department);
            var response = await editor.PostAsJsonAsync("/api/v1/announcements", Body(list, dimension, code));
            if (response.StatusCode != expected)
            {
                mismatches.Add($"{list}/{dimension}/{department}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            else if (expected == HttpStatusCode.BadRequest)
            {
                var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
                Assert.True(problem.GetProperty("errors").TryGetProperty("department", out _) || problem.GetProperty("errors").TryGetProperty("dimension", out _));
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>(role, region, department of the account) trying to create, then publish, a county industry bureau's energy notice.</summary>
    public static readonly (string Role, string Region, string Department, HttpStatusCode Create, HttpStatusCode Publish)[] ByAccount =
    [
        ("editor", "220303", "industry", HttpStatusCode.Created, HttpStatusCode.OK),
        ("editor", "220322", "industry", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ("editor", "220300", "industry", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ("editor", "220000", "industry", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ("editor", "220303", "market", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ("handler", "220303", "industry", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ("supervisor", "220300", "industry", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
    ];

    [Theory, BothDatabases]
    public async Task Only_an_editor_of_the_unit_itself_creates_and_publishes_its_announcements(string db)
    {
        var code = await portals[db].RegisterAsync("220303");
        var owner = await AccountAsync(db, "editor", "220303", "industry");
        var body = Announcements.EnergyRectification(code).With("regionCode", "220303").With("department", "industry");
        var mismatches = new List<string>();
        foreach (var (role, region, department, create, publish) in ByAccount)
        {
            var client = await AccountAsync(db, role, region, department);
            var created = await client.PostAsJsonAsync("/api/v1/announcements", body);
            var draft = await (await owner.PostAsJsonAsync("/api/v1/announcements", body)).JsonAsync(HttpStatusCode.Created);
            var published = await client.PostAsJsonAsync($"/api/v1/announcements/{draft.GetProperty("id").GetInt32()}/publish", new { });
            if (created.StatusCode != create || published.StatusCode != publish)
            {
                mismatches.Add($"{role}@{region}/{department}: create {(int)created.StatusCode} (expected {(int)create}), publish {(int)published.StatusCode} (expected {(int)publish})");
            }
        }
        using var admin = await portals[db].AdminClientAsync();
        var adminTry = await admin.PostAsJsonAsync("/api/v1/announcements", body);
        if (adminTry.StatusCode != HttpStatusCode.Forbidden)
        {
            mismatches.Add($"admin: create {(int)adminTry.StatusCode} (expected 403)");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
