using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Search;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Search;

/// <summary>The enterprise register is searchable: by what it makes, where it is, its name and code, and its standing on the lists.</summary>
[Collection(PortalCollection.Name)]
public class EnterpriseSearchTests(Portals portals)
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    private static async Task<(List<JsonElement> Items, JsonElement First)> SearchAllAsync(HttpClient client, string query)
    {
        var items = new List<JsonElement>();
        JsonElement? first = null;
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/enterprises?pageSize=5&{query}" + (cursor is null ? "" : $"&cursor={cursor}"))).JsonAsync();
            first ??= page;
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return (items, first.Value);
    }

    [Theory, BothDatabases]
    public async Task Calcium_carbide_finds_exactly_the_enterprises_of_the_register_that_mention_it_with_their_standing(string db)
    {
        var portal = portals[db];
        using var anonymous = portal.CreateClient();
        HashSet<string> expected;
        using (var scope = portal.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var industries = await data.Industries.ToDictionaryAsync(i => i.Code, i => i.Name);
            // The scan a reader would do: every text the register shows about an enterprise, folded as the index folds it.
            expected = (await data.Enterprises.Include(e => e.Equipment).ToListAsync())
                .Where(e => new[] { e.Name, e.Address, industries[e.IndustryCode] }.Concat(e.Equipment.Select(q => q.Name))
                    .Any(t => TextFolding.Fold(t).Contains("电石", StringComparison.Ordinal)))
                .Select(e => e.CreditCode).ToHashSet();
        }
        Assert.NotEmpty(expected);

        var (items, first) = await SearchAllAsync(anonymous, $"q={Q("电石")}");
        Assert.Equal(expected.Order(), items.Select(i => i.GetProperty("creditCode").GetString()!).Order());
        Assert.Equal(expected.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(expected.Count, first.GetProperty("facets").GetProperty("industry").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Contains(items, i => i.GetProperty("name").GetString() == "德惠市吉盛电石有限公司" && i.GetProperty("industryName").GetString()!.Contains("电石"));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("status").GetString())));

        var page = await (await anonymous.GetAsync($"/search?q={Q("电石")}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"enterprise-matches\"", page);
        var jisheng = items.First(i => i.GetProperty("name").GetString() == "德惠市吉盛电石有限公司").GetProperty("creditCode").GetString();
        Assert.Contains($"data-code=\"{jisheng}\"", page);
        Assert.Contains("德惠市吉盛<mark>电石</mark>有限公司", page);
    }

    [Theory, BothDatabases]
    public async Task An_enterprises_standing_follows_its_newest_announcement_and_can_be_filtered(string db)
    {
        var portal = portals[db];
        var publishing = new Publishing(portal);
        var name = Publishing.RareHan(3);
        var code = await portal.RegisterAsync("220303", name: $"{name}建材有限公司");
        using var anonymous = portal.CreateClient();

        var (before, _) = await SearchAllAsync(anonymous, $"q={Q(name)}");
        Assert.Equal("none", Assert.Single(before).GetProperty("status").GetString());

        await publishing.PublishAsync(code, "未批先建。");
        // The index follows the task log within about a second (the worker may be replaying another test's batch):
        // ask again as a reader would, for at most five seconds, until the standing shows in the facets too.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var (after, page) = await SearchAllAsync(anonymous, $"q={Q(name)}");
        while (!page.GetProperty("facets").GetProperty("status").TryGetProperty("violation", out _) && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(200);
            (after, page) = await SearchAllAsync(anonymous, $"q={Q(name)}");
        }
        Assert.Equal("violation", Assert.Single(after).GetProperty("status").GetString());
        Assert.Equal(1, page.GetProperty("facets").GetProperty("status").GetProperty("violation").GetInt32());
        Assert.Empty((await SearchAllAsync(anonymous, $"q={Q(name)}&status=none")).Items);
        Assert.Single((await SearchAllAsync(anonymous, $"q={Q(name)}&status=violation&region=220300")).Items);
        Assert.Equal(code, Assert.Single((await SearchAllAsync(anonymous, $"q={code.ToLowerInvariant()}")).Items).GetProperty("creditCode").GetString());
    }

    [Theory, BothDatabases]
    public async Task A_status_or_region_the_register_does_not_know_is_refused_in_chinese(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var problem = await (await anonymous.GetAsync("/api/v1/enterprises?status=purple&region=999999")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("none", errors.GetProperty("status")[0].GetString());
        Assert.True(errors.TryGetProperty("region", out _));
    }
}
