using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Campaign;

/// <summary>A county records its on-site inspections item by item; the refusals say what to fix, beside the field.</summary>
[Collection(PortalCollection.Name)]
public class InspectionsApiTests(Portals portals)
{
    private static object Item(string aspect, string name, string result, decimal? measured = null, decimal? limit = null, string? unit = null) =>
        new { aspect, name, result, measured, limit, unit, basis = (string?)null, note = (string?)null };

    private static Dictionary<string, object?> Inspection(string code, params object[] items) => new()
    {
        ["enterpriseCreditCode"] = code,
        ["inspectedOn"] = Enterprises.ChinaToday.AddDays(-2).ToString("yyyy-MM-dd"),
        ["inspectors"] = "张三、李四",
        ["items"] = items,
    };

    [Theory, BothDatabases]
    public async Task A_county_records_each_item_it_checked_and_reads_the_record_back(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = await portal.RegisterAsync("220303");
        var body = Inspection(code,
            Item("energy", "吨熟料综合能耗", "fail", 121.5m, 117m, "kgce/t"),
            Item("environment", "颗粒物排放浓度", "pass", 8.2m, 10m, "mg/m³"),
            Item("legality", "排污许可证", "pass"),
            Item("safety", "有限空间作业管理", "not-applicable"));
        body["disposal"] = "责令限期整改，下达整改通知书。";
        var created = await editor.Client.PostAsJsonAsync("/api/v1/inspections", body);
        var result = await created.JsonAsync(HttpStatusCode.Created);
        Assert.False(result.GetProperty("passed").GetBoolean());
        Assert.Equal($"/api/v1/inspections/{result.GetProperty("id").GetInt32()}", created.Headers.Location!.OriginalString);

        var read = await (await editor.Client.GetAsync(created.Headers.Location)).JsonAsync();
        Assert.Equal(code, read.GetProperty("enterpriseCreditCode").GetString());
        Assert.Equal("张三、李四", read.GetProperty("inspectors").GetString());
        var items = read.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["energy", "environment", "legality", "safety"], items.Select(i => i.GetProperty("aspect").GetString()));
        Assert.Equal(121.5m, items[0].GetProperty("measured").GetDecimal());
        Assert.Equal(117m, items[0].GetProperty("limit").GetDecimal());
        Assert.Equal("not-applicable", items[3].GetProperty("result").GetString());

        // The city above reads it; another county does not learn it exists.
        var city = await portal.CreateStaffAsync("supervisor", "220300", "industry");
        Assert.Equal(HttpStatusCode.OK, (await city.Client.GetAsync(created.Headers.Location)).StatusCode);
        var neighbour = await portal.CreateStaffAsync("editor", "220322", "industry");
        await (await neighbour.Client.GetAsync(created.Headers.Location)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task The_city_lists_its_counties_inspections_and_those_that_passed_everything_are_the_compliant_candidates(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var clean = await portal.RegisterAsync("220303");
        var failing = await portal.RegisterAsync("220303");
        await (await editor.Client.PostAsJsonAsync("/api/v1/inspections", Inspection(clean, Item("energy", "吨熟料综合能耗", "pass", 100m, 117m, "kgce/t")))).JsonAsync(HttpStatusCode.Created);
        var withFailure = Inspection(failing, Item("safety", "粉尘防爆", "fail"));
        withFailure["disposal"] = "责令停产整顿。";
        await (await editor.Client.PostAsJsonAsync("/api/v1/inspections", withFailure)).JsonAsync(HttpStatusCode.Created);

        var city = await portal.CreateStaffAsync("supervisor", "220300", "industry");
        var year = Enterprises.ChinaToday.AddDays(-2).Year;
        var all = await (await city.Client.GetAsync($"/api/v1/inspections?year={year}")).JsonAsync();
        var codes = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseCreditCode").GetString()).ToList();
        Assert.Contains(clean, codes);
        Assert.Contains(failing, codes);
        Assert.Equal(all.GetProperty("total").GetInt32(), codes.Count);
        var candidates = await (await city.Client.GetAsync($"/api/v1/inspections?year={year}&passed=true")).JsonAsync();
        var passed = candidates.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseCreditCode").GetString()).ToList();
        Assert.Contains(clean, passed);
        Assert.DoesNotContain(failing, passed);

        var neighbour = await portal.CreateStaffAsync("editor", "220322", "industry");
        await (await neighbour.Client.GetAsync($"/api/v1/inspections?year={year}&regionCode=220300")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await neighbour.Client.GetAsync($"/api/v1/inspections?year={year}&regionCode=999999")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain(clean, (await (await neighbour.Client.GetAsync($"/api/v1/inspections?year={year}")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseCreditCode").GetString()));
    }

    [Fact]
    public async Task An_inspection_is_refused_beside_each_field_that_is_wrong_and_nothing_is_kept()
    {
        var portal = portals["Sqlite"];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = await portal.RegisterAsync("220303");
        var elsewhere = await portal.RegisterAsync("220102");

        async Task<string> RefusedAsync(Dictionary<string, object?> body, string field)
        {
            var problem = await (await editor.Client.PostAsJsonAsync("/api/v1/inspections", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
            return messages[0].GetString()!;
        }

        Assert.Contains("不在您单位的辖区内", await RefusedAsync(Inspection(elsewhere, Item("energy", "能耗", "pass")), "enterpriseCreditCode"));
        Assert.Contains("企业名录中没有", await RefusedAsync(Inspection(Enterprises.NewCode("220303"), Item("energy", "能耗", "pass")), "enterpriseCreditCode"));
        Assert.Contains("现场处置", await RefusedAsync(Inspection(code, Item("energy", "能耗", "fail", 130m, 117m, "kgce/t")), "disposal"));
        Assert.Contains("实测值", await RefusedAsync(Inspection(code, Item("energy", "能耗", "pass", null, 117m, "kgce/t")), "items[0].measured"));
        Assert.Contains("单位", await RefusedAsync(Inspection(code, Item("energy", "能耗", "pass", 100m)), "items[0].unit"));
        Assert.Contains("energy", await RefusedAsync(Inspection(code, Item("taste", "口感", "pass")), "items[0].aspect"));
        Assert.Contains("至少登记一个", await RefusedAsync(Inspection(code), "items"));
        var future = Inspection(code, Item("energy", "能耗", "pass"));
        future["inspectedOn"] = Enterprises.ChinaToday.AddDays(3).ToString("yyyy-MM-dd");
        Assert.Contains("晚于今天", await RefusedAsync(future, "inspectedOn"));
        var wrongYear = Inspection(code, Item("energy", "能耗", "pass"));
        wrongYear["year"] = Enterprises.ChinaToday.Year - 1;
        Assert.Contains("不符", await RefusedAsync(wrongYear, "year"));

        using (var scope = portal.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<Portal.Modules.Core.Data.PortalDbContext>();
            Assert.False(await data.Set<Portal.Modules.Campaign.Data.Inspection>().AnyAsync(i => i.EnterpriseCreditCode == code));
        }

        // Only editors record inspections.
        var handler = await portal.CreateStaffAsync("handler", "220303", "industry");
        await (await handler.Client.PostAsJsonAsync("/api/v1/inspections", Inspection(code, Item("energy", "能耗", "pass")))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await portal.CreateClient().PostAsJsonAsync("/api/v1/inspections", Inspection(code, Item("energy", "能耗", "pass")))).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
