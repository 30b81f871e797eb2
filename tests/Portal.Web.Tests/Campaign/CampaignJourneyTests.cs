using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Portal.Modules.Campaign.Rules;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Campaign;

/// <summary>
/// The campaign year as seed 000_6ff842427b64bf71.txt (五、六) runs it: 梨树县 inspects its twelve enterprises, plans,
/// and sends 附表1–4 up; 四平市 spot-checks on site, returns the ledgers once and accepts them the second time.
/// </summary>
[Collection(PortalCollection.Name)]
public class CampaignJourneyTests(Portals portals)
{
    private const string County = "220322", Neighbour = "220303", City = "220300";

    private sealed record Recorded(int Id, string Code, string Name, string Industry, DateOnly On, string[] Outcomes, string[] Failed, string[] Legality, string[] Illegal, string? Disposal);

    private static readonly string[] Dimensions = ["energy", "environment", "quality", "safety", "technology"];

    /// <summary>The county's twelve: number 4 is over the energy limit, number 7 runs without its water permit.</summary>
    private static async Task<List<Recorded>> InspectTwelveAsync(PortalFactory portal, PortalFactory.Staff county, DateOnly on)
    {
        var recorded = new List<Recorded>();
        for (var n = 0; n < 12; n++)
        {
            var industry = n % 3 == 0 ? "steel" : "cement";
            var name = $"梨树县第{n + 1}{(industry == "steel" ? "钢铁" : "水泥")}有限公司";
            var code = await portal.RegisterAsync(County, industry, name);
            var energyFails = n == 4;
            var permitFails = n == 7;
            var items = new List<object>
            {
                new { aspect = "energy", name = "吨熟料综合能耗", result = energyFails ? "fail" : "pass", measured = energyFails ? 121.5m : 104m, limit = 117m, unit = "kgce/t", basis = "GB 16780-2021", note = (string?)null },
                new { aspect = "environment", name = "颗粒物排放浓度", result = "pass", measured = 8.2m, limit = 10m, unit = "mg/m³", basis = "GB 4915-2013", note = (string?)null },
                new { aspect = "quality", name = "产品质量抽检", result = "pass", measured = (decimal?)null, limit = (decimal?)null, unit = (string?)null, basis = (string?)null, note = (string?)null },
                new { aspect = "safety", name = "有限空间作业管理", result = n % 2 == 0 ? "pass" : "not-applicable", measured = (decimal?)null, limit = (decimal?)null, unit = (string?)null, basis = (string?)null, note = (string?)null },
                new { aspect = "legality", name = "项目备案文件", result = "pass", measured = (decimal?)null, limit = (decimal?)null, unit = (string?)null, basis = (string?)null, note = (string?)null },
                new { aspect = "legality", name = "取水许可证", result = permitFails ? "fail" : "pass", measured = (decimal?)null, limit = (decimal?)null, unit = (string?)null, basis = "《取水许可和水资源费征收管理条例》", note = permitFails ? "无证取水" : null },
            };
            var disposal = energyFails ? "责令限期整改，下达整改通知书。" : permitFails ? "责令停止违法取水，限期补办取水许可。" : null;
            var response = await county.Client.PostAsJsonAsync("/api/v1/inspections", new
            {
                enterpriseCreditCode = code, inspectedOn = on.ToString("yyyy-MM-dd"), inspectors = "王某、赵某", disposal, items,
            });
            var id = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
            recorded.Add(new Recorded(id, code, name, industry == "steel" ? "钢铁" : "水泥", on,
                [energyFails ? "不达标" : "达标", "达标", "达标", n % 2 == 0 ? "达标" : "不涉及", "未检查"],
                energyFails ? ["吨熟料综合能耗"] : [],
                ["项目备案文件", "取水许可证"], permitFails ? ["取水许可证"] : [], disposal));
        }
        return recorded;
    }

    private static DateOnly InspectionDay()
    {
        var day = Enterprises.ChinaToday.AddDays(-3);
        return day.Year == Enterprises.ChinaToday.Year ? day : Enterprises.ChinaToday;
    }

    [Theory, BothDatabases]
    public async Task A_county_inspects_twelve_plans_and_downloads_ledgers_that_LibreOffice_reads_as_recorded(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("campaign_ledgers") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false);
        var county = await portal.CreateStaffAsync("editor", County, "industry");
        var on = InspectionDay();
        var year = on.Year;
        var recorded = await InspectTwelveAsync(portal, county, on);

        // The energy finding becomes a yellow-list draft with nothing retyped.
        var failing = recorded[4];
        var draft = await county.Client.PostAsJsonAsync("/api/v1/announcements/from-inspection", new { inspectionId = failing.Id, deadline = on.AddMonths(4).ToString("yyyy-MM-dd") });
        await draft.JsonAsync(HttpStatusCode.Created);
        var announcement = (await (await county.Client.GetAsync(draft.Headers.Location)).JsonAsync()).GetProperty("announcement");
        Assert.Equal(("rectification", failing.Code), (announcement.GetProperty("list").GetString(), announcement.GetProperty("enterprise").GetProperty("creditCode").GetString()));
        Assert.Equal(121.5m, Assert.Single(announcement.GetProperty("indicators").EnumerateArray()).GetProperty("measured").GetDecimal());

        // Targets for both problem enterprises, two help tasks, and progress on one target.
        var due = new DateOnly(year, 12, 31);
        var target = await (await county.Client.PostAsJsonAsync("/api/v1/targets", new
        {
            enterpriseCreditCode = failing.Code, inspectionId = failing.Id, problem = "吨熟料综合能耗121.5kgce/t，超过限额117kgce/t", kind = "rectify",
            path = "实施余热发电和立磨改造", dueOn = due.ToString("yyyy-MM-dd"), responsibleDepartment = "梨树县工业和信息化局",
        })).JsonAsync(HttpStatusCode.Created);
        await (await county.Client.PostAsJsonAsync("/api/v1/targets", new
        {
            enterpriseCreditCode = recorded[7].Code, problem = "未取得取水许可证", kind = "close", path = "停止取水，拆除取水设施",
            dueOn = due.ToString("yyyy-MM-dd"), responsibleDepartment = "梨树县水利局",
        })).JsonAsync(HttpStatusCode.Created);
        await (await county.Client.PostAsJsonAsync($"/api/v1/targets/{target.GetProperty("id").GetInt32()}/progress", new
        {
            on = on.ToString("yyyy-MM-dd"), progress = "立磨已到货，正在安装", completed = false,
        })).JsonAsync();
        foreach (var (code, matter, level) in new[] { (failing.Code, "节能改造资金", "province"), (recorded[7].Code, "职工安置", "county") })
        {
            await (await county.Client.PostAsJsonAsync("/api/v1/help-tasks", new
            {
                enterpriseCreditCode = code, matter, level, responsibleDepartment = "梨树县发展和改革局", measures = "组织银企对接", dueOn = due.ToString("yyyy-MM-dd"),
            })).JsonAsync(HttpStatusCode.Created);
        }

        // 附表1–4 as LibreOffice reads them.
        var period = $"{year}-q4";
        var download = await county.Client.GetAsync($"/api/v1/ledgers/{period}.xlsx");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        var sheets = await LibreOffice.ReadSheetsAsync(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(["附表1", "附表2", "附表3", "附表4"], sheets.Keys.Order());

        var ordered = recorded.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var date = on.ToString("yyyy-MM-dd");
        var first = sheets["附表1"];
        Assert.Equal("附表1 核查检查基本情况汇总表", first[0][0]);
        Assert.Contains("梨树县工业和信息化局", first[1][0]);
        Assert.Contains($"{year}年第四季度", first[1][0]);
        Assert.Equal(["序号", "县（市、区）", "企业名称", "统一社会信用代码", "行业", "检查日期", "检查人员", "能耗", "环保", "质量", "安全", "技术", "不达标项数", "不达标项目", "现场处置"], first[2]);
        Assert.Equal(ordered.Select((r, i) => (string[])[$"{i + 1}", "梨树县", r.Name, r.Code, r.Industry, date, "王某、赵某", .. r.Outcomes,
            $"{r.Failed.Length}", string.Join("；", r.Failed), r.Disposal ?? ""]), first.Skip(3).SkipLast(1));
        Assert.Equal(["合计", "", "12", "", "", "", "", "1", "0", "0", "0", "0", "1", "", ""], first[^1]);

        var second = sheets["附表2"];
        Assert.Equal(ordered.Select((r, i) => (string[])[$"{i + 1}", "梨树县", r.Name, r.Code, r.Industry, date, "2", $"{r.Illegal.Length}",
            string.Join("；", r.Illegal), r.Illegal.Length == 0 ? "合法有效" : "存在问题", r.Disposal ?? ""]), second.Skip(3).SkipLast(1));
        Assert.Equal(["合计", "", "12", "", "", "", "24", "1", "", "1", ""], second[^1]);

        var third = sheets["附表3"];
        Assert.Equal(["序号", "县（市、区）", "企业名称", "统一社会信用代码", "行业", "存在问题", "工作目标", "工作路径及措施", "完成时限", "责任部门", "进展情况", "完成日期"], third[2]);
        var targets = new[]
        {
            (failing, (string[])["吨熟料综合能耗121.5kgce/t，超过限额117kgce/t", "整改", "实施余热发电和立磨改造", due.ToString("yyyy-MM-dd"), "梨树县工业和信息化局", "立磨已到货，正在安装", ""]),
            (recorded[7], (string[])["未取得取水许可证", "关闭", "停止取水，拆除取水设施", due.ToString("yyyy-MM-dd"), "梨树县水利局", "", ""]),
        }.OrderBy(t => t.Item1.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(targets.Select((t, i) => (string[])[$"{i + 1}", "梨树县", t.Item1.Name, t.Item1.Code, t.Item1.Industry, .. t.Item2]), third.Skip(3).SkipLast(1));

        var fourth = sheets["附表4"];
        Assert.Equal(["序号", "县（市、区）", "企业名称", "统一社会信用代码", "行业", "需政府帮助解决的事项", "解决层级", "责任部门", "工作措施", "完成时限", "进展情况", "完成日期"], fourth[2]);
        var tasks = new[] { (failing, "节能改造资金", "省级"), (recorded[7], "职工安置", "县级") }.OrderBy(t => t.Item1.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(tasks.Select((t, i) => (string[])[$"{i + 1}", "梨树县", t.Item1.Name, t.Item1.Code, t.Item1.Industry, t.Item2, t.Item3, "梨树县发展和改革局",
            "组织银企对接", due.ToString("yyyy-MM-dd"), "", ""]), fourth.Skip(3).SkipLast(1));

        // The same table as CSV with a BOM: the rows LibreOffice read, without the title rows and the totals.
        var csv = await county.Client.GetByteArrayAsync($"/api/v1/ledgers/{period}/3.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal(third.Skip(2).SkipLast(1), Csv.Parse(System.Text.Encoding.UTF8.GetString(csv)));
        Assert.Equal(third.Skip(2).SkipLast(1), await LibreOffice.ReadCsvAsync(csv));

        // The city's ledger is its counties' together: rows and totals.
        var neighbour = await portal.CreateStaffAsync("editor", Neighbour, "industry");
        foreach (var passes in new[] { true, false })
        {
            var code = await portal.RegisterAsync(Neighbour);
            await (await neighbour.Client.PostAsJsonAsync("/api/v1/inspections", new
            {
                enterpriseCreditCode = code, inspectedOn = date, inspectors = "钱某", disposal = passes ? null : "责令停产整顿。",
                items = new[] { new { aspect = "safety", name = "粉尘防爆", result = passes ? "pass" : "fail" } },
            })).JsonAsync(HttpStatusCode.Created);
        }
        var cityStaff = await portal.CreateStaffAsync("editor", City, "industry");
        var cityLedgers = await LedgerJsonAsync(cityStaff.Client, period, City);
        var parts = new[] { await LedgerJsonAsync(cityStaff.Client, period, County), await LedgerJsonAsync(cityStaff.Client, period, Neighbour) };
        for (var t = 0; t < 4; t++)
        {
            var cityTable = cityLedgers[t];
            Assert.Equal(parts.SelectMany(p => p[t].Rows).Select(WithoutIndex).Order(StringComparer.Ordinal), cityTable.Rows.Select(WithoutIndex).Order(StringComparer.Ordinal));
            for (var c = 1; c < cityTable.Totals.Length; c++)
            {
                if (decimal.TryParse(cityTable.Totals[c], out var total))
                {
                    Assert.Equal(parts.Sum(p => decimal.Parse(p[t].Totals[c]!)), total);
                }
            }
        }
        Assert.Equal("14", cityLedgers[0].Totals[2]);

        // The plan's dates are deadlines the county is held to, met when its progress says done.
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        async Task<List<JsonElement>> PlanObligationsAsync() => [.. (await (await county.Client.GetAsync("/api/v1/obligations?all=true")).JsonAsync())
            .GetProperty("items").EnumerateArray().Where(o => o.GetProperty("kind").GetString() is "campaign-target" or "campaign-help-task")];
        var plan = await PlanObligationsAsync();
        Assert.Equal(4, plan.Count);
        Assert.All(plan, o => Assert.Equal(due.ToString("yyyy-MM-dd"), o.GetProperty("dueOn").GetString()));
        await (await county.Client.PostAsJsonAsync($"/api/v1/targets/{target.GetProperty("id").GetInt32()}/progress", new
        {
            progress = "改造完成，复测吨熟料综合能耗108kgce/t", completed = true,
        })).JsonAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var met = Assert.Single(await PlanObligationsAsync(), o => o.GetProperty("metOn").ValueKind == JsonValueKind.String);
        Assert.Equal(("campaign-target", Enterprises.ChinaToday.ToString("yyyy-MM-dd")), (met.GetProperty("kind").GetString(), met.GetProperty("metOn").GetString()));
    }

    private sealed record TableJson(string?[][] Rows, string?[] Totals);

    private static string WithoutIndex(string?[] row) => string.Join('|', row.Skip(1));

    private static async Task<TableJson[]> LedgerJsonAsync(HttpClient client, string period, string region)
    {
        var json = await (await client.GetAsync($"/api/v1/ledgers/{period}?regionCode={region}")).JsonAsync();
        return [.. json.GetProperty("tables").EnumerateArray().Select(t => new TableJson(
            [.. t.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()).ToArray())],
            [.. t.GetProperty("totals").EnumerateArray().Select(c => c.GetString())]))];
    }

    [Theory, BothDatabases]
    public async Task The_city_draws_a_reproducible_spot_check_returns_the_ledgers_once_and_accepts_the_second_which_stays_frozen(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("campaign_review") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false);
        var county = await portal.CreateStaffAsync("editor", County, "industry");
        var on = InspectionDay();
        var year = on.Year;
        var recorded = await InspectTwelveAsync(portal, county, on);
        var city = await portal.CreateStaffAsync("editor", City, "industry");

        // Twelve inspected: max(10, ⌈20 % × 12⌉) = 10, drawn again from the recorded seed and candidates.
        var drawn = await (await city.Client.PostAsJsonAsync("/api/v1/spot-checks", new { year, regionCode = County })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((12, 10), (drawn.GetProperty("candidateCount").GetInt32(), drawn.GetProperty("sampleSize").GetInt32()));
        var check = await (await city.Client.GetAsync($"/api/v1/spot-checks/{drawn.GetProperty("id").GetInt32()}")).JsonAsync();
        var candidates = check.GetProperty("candidates").EnumerateArray().Select(c => (long)c.GetInt32()).ToList();
        var items = check.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(SpotCheckRules.Draw(candidates, id => id, check.GetProperty("seed").GetInt32()), items.Select(i => (long)i.GetProperty("enterpriseId").GetInt32()));
        Assert.Equal(recorded.Select(r => r.Code).Order(), items.Select(i => i.GetProperty("enterpriseCreditCode").GetString()!).Concat(
            recorded.Select(r => r.Code).Except(items.Select(i => i.GetProperty("enterpriseCreditCode").GetString()!))).Order());

        // Steel named as the focus: the four steel works come first. Below ten inspected, every one is visited.
        var focused = await (await city.Client.PostAsJsonAsync("/api/v1/spot-checks", new { year, regionCode = County, focusIndustries = new[] { "steel" } })).JsonAsync(HttpStatusCode.Created);
        var focusedItems = (await (await city.Client.GetAsync($"/api/v1/spot-checks/{focused.GetProperty("id").GetInt32()}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.All(focusedItems.Take(4), i => Assert.Equal("steel", i.GetProperty("industryCode").GetString()));
        var neighbour = await portal.CreateStaffAsync("editor", Neighbour, "industry");
        var few = await portal.RegisterAsync(Neighbour);
        await (await neighbour.Client.PostAsJsonAsync("/api/v1/inspections", new
        {
            enterpriseCreditCode = few, inspectedOn = on.ToString("yyyy-MM-dd"), inspectors = "钱某",
            items = new[] { new { aspect = "quality", name = "抗压强度", result = "pass" } },
        })).JsonAsync(HttpStatusCode.Created);
        var all = await (await city.Client.PostAsJsonAsync("/api/v1/spot-checks", new { year, regionCode = Neighbour })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((1, 1), (all.GetProperty("candidateCount").GetInt32(), all.GetProperty("sampleSize").GetInt32()));

        // Results: the city agrees everywhere but at one enterprise the county passed.
        var checkId = drawn.GetProperty("id").GetInt32();
        string? disputed = null;
        foreach (var item in items)
        {
            var countyPassed = item.GetProperty("countyPassed").GetBoolean();
            var disagree = disputed is null && countyPassed;
            disputed ??= disagree ? item.GetProperty("enterpriseCreditCode").GetString() : null;
            await (await city.Client.PostAsJsonAsync($"/api/v1/spot-checks/{checkId}/items/{item.GetProperty("order").GetInt32()}", new
            {
                checkedOn = Enterprises.ChinaToday.ToString("yyyy-MM-dd"), passed = disagree ? false : countyPassed, finding = disagree ? "复测颗粒物排放浓度 12.4 mg/m³，超标" : null,
            })).JsonAsync();
        }
        var reviewed = await (await city.Client.GetAsync($"/api/v1/spot-checks/{checkId}")).JsonAsync();
        Assert.Equal(10, reviewed.GetProperty("checked").GetInt32());
        Assert.Equal(disputed, Assert.Single(reviewed.GetProperty("disagreements").EnumerateArray()).GetProperty("enterpriseCreditCode").GetString());

        // The county sends its ledgers; the city sees who has and has not; returns them once with its reasons.
        var period = $"{year}-q4";
        var firstTry = await (await county.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period })).JsonAsync(HttpStatusCode.Created);
        var firstId = firstTry.GetProperty("id").GetInt32();
        await (await county.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period })).AssertProblemAsync(HttpStatusCode.Conflict);
        var board = await (await city.Client.GetAsync($"/api/v1/ledger-submissions?period={period}&regionCode={City}")).JsonAsync();
        var rows = board.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("regionCode").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal(("submitted", "none"), (rows[County], rows[Neighbour]));
        await (await county.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{firstId}/accept", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await city.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{firstId}/return", new
        {
            reasons = new[] { "incomplete", "basis-unclear" }, note = "第5户未附能耗测试报告；第8户处置依据未写明条款。",
        })).JsonAsync();
        await (await city.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{firstId}/return", new { reasons = new[] { "other" }, note = "再退" }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        var returned = await (await county.Client.GetAsync($"/api/v1/ledger-submissions/{firstId}")).JsonAsync();
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal(["incomplete", "basis-unclear"], returned.GetProperty("returnReasons").EnumerateArray().Select(r => r.GetString()));

        // Sent again and accepted: the quarter's obligation is met on the day it was sent.
        var secondTry = await (await county.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period })).JsonAsync(HttpStatusCode.Created);
        var secondId = secondTry.GetProperty("id").GetInt32();
        var accepted = await (await city.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{secondId}/accept", new { note = "同意" })).JsonAsync();
        var sentOn = secondTry.GetProperty("submittedOn").GetString();
        Assert.Equal(("accepted", sentOn), (accepted.GetProperty("status").GetString(), accepted.GetProperty("obligationMetOn").GetString()));
        var obligations = (await (await county.Client.GetAsync("/api/v1/obligations?all=true")).JsonAsync()).GetProperty("items").EnumerateArray();
        var ledger = Assert.Single(obligations, o => o.GetProperty("kind").GetString() == "quarterly-ledger" && o.GetProperty("subjectId").GetString()!.StartsWith($"{year + 1}-01@"));
        Assert.Equal(("met", sentOn), (ledger.GetProperty("status").GetString(), ledger.GetProperty("metOn").GetString()));
        board = await (await city.Client.GetAsync($"/api/v1/ledger-submissions?period={period}&regionCode={City}")).JsonAsync();
        Assert.Equal(1, board.GetProperty("accepted").GetInt32());

        // Frozen: later records change the live ledger, not the accepted workbook, which matches the hash kept on the day.
        var frozen = await city.Client.GetByteArrayAsync($"/api/v1/ledger-submissions/{secondId}/workbook");
        Assert.Equal(secondTry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(frozen)));
        var late = await portal.RegisterAsync(County);
        await (await county.Client.PostAsJsonAsync("/api/v1/inspections", new
        {
            enterpriseCreditCode = late, inspectedOn = on.ToString("yyyy-MM-dd"), inspectors = "王某",
            items = new[] { new { aspect = "quality", name = "抗压强度", result = "pass" } },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(frozen, await county.Client.GetByteArrayAsync($"/api/v1/ledger-submissions/{secondId}/workbook"));
        var frozenSheets = await LibreOffice.ReadSheetsAsync(frozen);
        Assert.Equal("12", frozenSheets["附表1"][^1][2]);
        Assert.Equal("13", (await LedgerJsonAsync(county.Client, period, County))[0].Totals[2]);
        await (await county.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_2027_annual_summary_falls_due_on_the_stored_calendars_working_day_for_each_city()
    {
        var settings = new Dictionary<string, string?> { ["Portal:Supervision:PeriodicLookaheadDays"] = "400" };
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: settings);
        using var admin = await portal.AdminClientAsync();
        var city = await portal.CreateStaffAsync("editor", City, "industry");
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var obligations = (await (await city.Client.GetAsync("/api/v1/obligations?all=true")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var summary = Assert.Single(obligations, o => o.GetProperty("kind").GetString() == "annual-summary" && o.GetProperty("subjectId").GetString()!.StartsWith("2027@"));
        // 2027-12-15 is a Wednesday, and no holiday notice in the stored calendar makes it a rest day.
        Assert.Equal("2027-12-15", summary.GetProperty("dueOn").GetString());
        var countyStaff = await portal.CreateStaffAsync("editor", County, "industry");
        var countyObligations = (await (await countyStaff.Client.GetAsync("/api/v1/obligations?all=true")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(countyObligations, o => o.GetProperty("kind").GetString() == "annual-summary");
    }
}
