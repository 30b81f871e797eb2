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

    [Theory, BothDatabases]
    public async Task A_failed_energy_item_becomes_a_yellow_list_draft_without_retyping(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = await portal.RegisterAsync("220303");
        var inspectedOn = Enterprises.ChinaToday.AddDays(-2);
        var body = Inspection(code,
            new { aspect = "energy", name = "吨熟料综合能耗", result = "fail", measured = 121.5m, limit = 117m, unit = "kgce/t", basis = "GB 16780-2021", note = (string?)null },
            Item("environment", "颗粒物排放浓度", "pass", 8.2m, 10m, "mg/m³"));
        body["disposal"] = "责令企业于整改期限内将吨熟料综合能耗降至限额以内。";
        var inspection = await (await editor.Client.PostAsJsonAsync("/api/v1/inspections", body)).JsonAsync(HttpStatusCode.Created);
        var inspectionId = inspection.GetProperty("id").GetInt32();

        var deadline = inspectedOn.AddMonths(4).ToString("yyyy-MM-dd");
        var created = await editor.Client.PostAsJsonAsync("/api/v1/announcements/from-inspection", new { inspectionId, deadline });
        var draft = await created.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        var announcement = (await (await editor.Client.GetAsync(created.Headers.Location)).JsonAsync()).GetProperty("announcement");
        Assert.Equal("rectification", announcement.GetProperty("list").GetString());
        Assert.Equal("notice", announcement.GetProperty("stage").GetString());
        Assert.Equal("energy", announcement.GetProperty("dimension").GetString());
        Assert.Equal(code, announcement.GetProperty("enterprise").GetProperty("creditCode").GetString());
        Assert.Equal(inspectedOn.ToString("yyyy-MM-dd"), announcement.GetProperty("inspectionCompletedOn").GetString());
        Assert.Equal(deadline, announcement.GetProperty("deadline").GetString());
        Assert.Equal("责令企业于整改期限内将吨熟料综合能耗降至限额以内。", announcement.GetProperty("requirements").GetString());
        var indicator = Assert.Single(announcement.GetProperty("indicators").EnumerateArray());
        Assert.Equal("吨熟料综合能耗", indicator.GetProperty("name").GetString());
        Assert.Equal(121.5m, indicator.GetProperty("measured").GetDecimal());
        Assert.Equal(117m, indicator.GetProperty("limit").GetDecimal());
        Assert.Equal("kgce/t", indicator.GetProperty("unit").GetString());
        Assert.Equal("GB 16780-2021", indicator.GetProperty("standard").GetString());

        // Run without a permit: the violation list, with the facts and the law the record names.
        var unlicensed = Inspection(code, new { aspect = "legality", name = "未取得排污许可证", result = "fail", measured = (decimal?)null, limit = (decimal?)null,
            unit = (string?)null, basis = "《排污许可管理条例》第二条", note = "企业无证排放大气污染物" });
        unlicensed["disposal"] = "责令立即停止无证排污行为。";
        var unlicensedId = (await (await editor.Client.PostAsJsonAsync("/api/v1/inspections", unlicensed)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var violation = await editor.Client.PostAsJsonAsync("/api/v1/announcements/from-inspection", new { inspectionId = unlicensedId, deadline });
        await violation.JsonAsync(HttpStatusCode.Created);
        var facts = (await (await editor.Client.GetAsync(violation.Headers.Location)).JsonAsync()).GetProperty("announcement");
        Assert.Equal("violation", facts.GetProperty("list").GetString());
        Assert.Equal("未取得排污许可证：企业无证排放大气污染物。", facts.GetProperty("violations").GetString());
        Assert.Equal("《排污许可管理条例》第二条", facts.GetProperty("basis").GetString());
        Assert.Empty(facts.GetProperty("indicators").EnumerateArray());

        // Nothing failed: nothing to announce. Another list than the finding's, another area's record, no record: refused.
        var clean = await (await editor.Client.PostAsJsonAsync("/api/v1/inspections", Inspection(code, Item("quality", "抗压强度", "pass")))).JsonAsync(HttpStatusCode.Created);
        await (await editor.Client.PostAsJsonAsync("/api/v1/announcements/from-inspection", new { inspectionId = clean.GetProperty("id").GetInt32(), deadline }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        var wrongList = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements/from-inspection", new { inspectionId, list = "violation", deadline }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongList.GetProperty("errors").TryGetProperty("list", out _));
        var neighbour = await portal.CreateStaffAsync("editor", "220322", "industry");
        await (await neighbour.Client.PostAsJsonAsync("/api/v1/announcements/from-inspection", new { inspectionId, deadline })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.Client.PostAsJsonAsync("/api/v1/announcements/from-inspection", new { inspectionId = int.MaxValue, deadline })).AssertProblemAsync(HttpStatusCode.NotFound);
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
        var longNote = Inspection(code, new { aspect = "energy", name = "能耗", result = "pass", measured = (decimal?)null, limit = (decimal?)null,
            unit = (string?)null, basis = (string?)null, note = new string('注', 501) });
        Assert.StartsWith("说明", await RefusedAsync(longNote, "items[0].note"));
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
