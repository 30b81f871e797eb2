using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Search;

/// <summary>Publishes violation notices through the API, as a provincial market regulator would, with the text a test searches for.</summary>
public sealed class Publishing(PortalFactory portal)
{
    private PortalFactory.Staff? _editor;

    public async Task<PortalFactory.Staff> EditorAsync() => _editor ??= await portal.CreateStaffAsync("editor", "220000", "market");

    /// <param name="on">The day in China the portal's clock shows, when a test has moved it; by default today.</param>
    public async Task<int> PublishAsync(string creditCode, string violations, string? title = null, DateOnly? on = null)
    {
        var today = on ?? Enterprises.ChinaToday;
        var editor = await EditorAsync();
        var body = new Dictionary<string, object?>
        {
            ["list"] = "violation",
            ["stage"] = "notice",
            ["dimension"] = "quality",
            ["enterpriseCreditCode"] = creditCode,
            ["inspectionCompletedOn"] = today.AddDays(-3).ToString("yyyy-MM-dd"),
            ["title"] = title,
            ["deadline"] = today.AddDays(60).ToString("yyyy-MM-dd"),
            ["violations"] = violations,
            ["basis"] = "《中华人民共和国产品质量法》第十三条。",
            ["requirements"] = "立即停止生产，限期整改。",
        };
        var created = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements", body)).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        await (await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { })).JsonAsync();
        return id;
    }

    public async Task WithdrawAsync(int id)
    {
        var editor = await EditorAsync();
        await (await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/withdraw", new { reason = "检查结论有误，撤回重新核查。" })).JsonAsync();
    }

    /// <summary>Every id the public API returns for a query, across all pages.</summary>
    public static async Task<(HashSet<int> Ids, JsonElement First)> SearchAllAsync(HttpClient client, string query)
    {
        var ids = new HashSet<int>();
        JsonElement? first = null;
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/announcements?pageSize=50&{query}" + (cursor is null ? "" : $"&cursor={cursor}"))).JsonAsync();
            first ??= page;
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                Assert.True(ids.Add(item.GetProperty("id").GetInt32()), "a page repeated an item");
            }
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return (ids, first.Value);
    }

    /// <summary>
    /// Han characters no demo text uses (CJK Extension A), each handed out once per test run: tests share a database,
    /// so two tests drawing the same character would find each other's announcements.
    /// </summary>
    public static string RareHan(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var next = Interlocked.Increment(ref _handedOut);
            chars[i] = (char)(0x3400 + (RunOffset + next) % ExtensionALength);
        }
        return new string(chars);
    }

    private const int ExtensionALength = 0x4DBF - 0x3400 + 1;
    private static readonly int RunOffset = Random.Shared.Next(ExtensionALength);
    private static int _handedOut;
}
