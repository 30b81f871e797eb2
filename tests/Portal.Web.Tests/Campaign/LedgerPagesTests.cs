using System.Net;
using System.Net.Http.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Campaign;

/// <summary>台账与报送 in the back office, used as a browser without script uses it.</summary>
[Collection(PortalCollection.Name)]
public class LedgerPagesTests
{
    [Fact]
    public async Task A_county_sends_its_ledgers_from_the_page_and_the_city_returns_them_with_reasons_then_accepts_them()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var countyStaff = await portal.CreateStaffAsync("editor", "220322", "industry");
        var cityStaff = await portal.CreateStaffAsync("editor", "220300", "industry");
        var county = portal.PagesClient(countyStaff);
        var city = portal.PagesClient(cityStaff);
        var period = $"{Enterprises.ChinaToday.Year}-q3";
        var code = await portal.RegisterAsync("220322");
        await (await countyStaff.Client.PostAsJsonAsync("/api/v1/inspections", new
        {
            enterpriseCreditCode = code, inspectedOn = Enterprises.ChinaToday.ToString("yyyy-MM-dd"), inspectors = "王某",
            items = new[] { new { aspect = "quality", name = "抗压强度", result = "pass" } },
        })).JsonAsync(HttpStatusCode.Created);

        var page = await county.PageAsync($"/backoffice/campaign?period={period}");
        Assert.Equal("1", page.QuerySelector("#ledger-tables tr[data-table='1'] td.number")!.TextContent);
        Assert.Equal($"/api/v1/ledgers/{period}.xlsx?regionCode=220322", page.QuerySelector("#download-xlsx")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await countyStaff.Client.GetAsync(page.QuerySelector("#download-xlsx")!.GetAttribute("href"))).StatusCode);
        Assert.NotNull(page.QuerySelector("#own-empty"));
        Assert.Null(page.QuerySelector("#below-submissions"));
        var sent = await county.SubmitAsync(page, "#submit-form", [new("period", period)]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        page = await county.PageAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("等待上级审核", page.QuerySelector("#ledgers-done")!.TextContent);
        Assert.Equal("submitted", page.QuerySelector("#own-submissions tr[data-id]")!.GetAttribute("data-status"));
        Assert.Null(page.QuerySelector("#submit-form"));

        // The city sees who has sent; a return without a reason stays on the page with the reason asked for beside it.
        var board = await city.PageAsync($"/backoffice/campaign?period={period}");
        Assert.Equal("submitted", board.QuerySelector("#below-submissions tr[data-region='220322']")!.GetAttribute("data-status"));
        Assert.Equal("none", board.QuerySelector("#below-submissions tr[data-region='220303']")!.GetAttribute("data-status"));
        var id = board.QuerySelector("#below-submissions tr[data-region='220322']")!.QuerySelector("a")!.GetAttribute("href")!.Split('/')[4];
        var refused = await city.SubmitAsync(board, $"form[action='/backoffice/campaign/submissions/{id}/return']", [new("period", period), new("note", "缺少第1户检查记录附件")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("退回原因", (await refused.DocumentAsync()).QuerySelector($"#review-{id}")!.TextContent);
        var returned = await city.SubmitAsync(board, $"form[action='/backoffice/campaign/submissions/{id}/return']",
            [new("period", period), new("reasons", "incomplete"), new("reasons", "disposal-unclear"), new("note", "缺少第1户检查记录附件")]);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        page = await county.PageAsync($"/backoffice/campaign?period={period}");
        var row = page.QuerySelector("#own-submissions tr[data-id]")!;
        Assert.Equal("returned", row.GetAttribute("data-status"));
        Assert.Contains("缺漏项、处置意见不清晰不准确", row.TextContent);
        Assert.Contains("缺少第1户检查记录附件", row.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await county.SubmitAsync(page, "#submit-form", [new("period", period)])).StatusCode);

        board = await city.PageAsync($"/backoffice/campaign?period={period}");
        id = board.QuerySelector("#below-submissions tr[data-region='220322']")!.QuerySelector("a")!.GetAttribute("href")!.Split('/')[4];
        var accepted = await city.SubmitAsync(board, $"form[action='/backoffice/campaign/submissions/{id}/accept']", [new("period", period), new("note", "同意")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        board = await city.PageAsync(accepted.Headers.Location!.OriginalString);
        Assert.Contains("已接收", board.QuerySelector("#ledgers-done")!.TextContent);
        Assert.Equal("accepted", board.QuerySelector("#below-submissions tr[data-region='220322']")!.GetAttribute("data-status"));
        Assert.Contains("已接收 1 个", board.QuerySelector("#below-count")!.TextContent);
    }

    [Fact]
    public async Task The_city_draws_a_spot_check_on_the_page_and_a_finding_that_differs_must_say_how()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var countyStaff = await portal.CreateStaffAsync("editor", "220322", "industry");
        var cityStaff = await portal.CreateStaffAsync("supervisor", "220300", "industry");
        var city = portal.PagesClient(cityStaff);
        foreach (var industry in new[] { "cement", "steel", "cement" })
        {
            var code = await portal.RegisterAsync("220322", industry);
            await (await countyStaff.Client.PostAsJsonAsync("/api/v1/inspections", new
            {
                enterpriseCreditCode = code, inspectedOn = Enterprises.ChinaToday.ToString("yyyy-MM-dd"), inspectors = "王某",
                items = new[] { new { aspect = "quality", name = "抗压强度", result = "pass" } },
            })).JsonAsync(HttpStatusCode.Created);
        }

        var list = await city.PageAsync("/backoffice/campaign/spot-checks");
        Assert.NotNull(list.QuerySelector("#checks-empty"));
        var drawn = await city.SubmitAsync(list, "#draw-form",
            [new("year", $"{Enterprises.ChinaToday.Year}"), new("regionCode", "220322"), new("focusIndustries", "steel")]);
        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
        var detail = await city.PageAsync(drawn.Headers.Location!.OriginalString);
        Assert.Contains("应检查 3 户，抽取 3 户", detail.QuerySelector("#spot-check-summary")!.TextContent);
        Assert.Contains("钢铁", detail.QuerySelector("#item-1")!.TextContent);
        Assert.Matches(@"随机种子 \d+", detail.QuerySelector("#spot-check-seed")!.TextContent);

        var action = detail.QuerySelector("#result-1")!.GetAttribute("action")!;
        var today = Enterprises.ChinaToday.ToString("yyyy-MM-dd");
        var refused = await city.SubmitAsync(detail, "#result-1", [new("checkedOn", today), new("passed", "false")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请写明不一致之处", (await refused.DocumentAsync()).QuerySelector("#result-1")!.TextContent);
        var saved = await city.SubmitAsync(detail, "#result-1", [new("checkedOn", today), new("passed", "false"), new("finding", "复测抗压强度不合格")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        detail = await city.PageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("true", detail.QuerySelector("#item-1")!.GetAttribute("data-disagrees"));
        Assert.Contains("复测抗压强度不合格", detail.QuerySelector("#item-1")!.TextContent);
        list = await city.PageAsync("/backoffice/campaign/spot-checks");
        Assert.Equal("1", list.QuerySelectorAll("#spot-checks tbody tr td.number")[2].TextContent);
        Assert.Equal(action, $"/backoffice/campaign/spot-checks/{drawn.Headers.Location!.OriginalString.Split('/').Last()}/items/1");
    }

    [Fact]
    public async Task A_county_records_an_inspection_on_the_page_and_a_failure_without_disposal_keeps_what_was_typed()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var countyStaff = await portal.CreateStaffAsync("editor", "220322", "industry");
        var county = portal.PagesClient(countyStaff);
        var code = await portal.RegisterAsync("220322");
        var today = Enterprises.ChinaToday.ToString("yyyy-MM-dd");

        var page = await county.PageAsync("/backoffice/campaign/inspections");
        Assert.Equal(InspectionRows, page.QuerySelectorAll("#inspection-items tbody tr").Length);
        List<KeyValuePair<string, string>> fields =
        [
            new("enterpriseCreditCode", code), new("inspectedOn", today), new("inspectors", "王某、赵某"),
            new("items[0].aspect", "energy"), new("items[0].name", "吨熟料综合能耗"), new("items[0].result", "fail"),
            new("items[0].measured", "121.5"), new("items[0].limit", "117"), new("items[0].unit", "kgce/t"),
            new("items[1].aspect", "energy"), new("items[1].name", ""), new("items[1].result", ""),
        ];
        var refused = await county.SubmitAsync(page, "#inspection-form", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await refused.DocumentAsync();
        Assert.Contains("现场处置", again.QuerySelector("#inspection-form")!.TextContent);
        Assert.Equal(code, again.QuerySelector("#code")!.GetAttribute("value"));
        Assert.Equal("121.5", again.QuerySelector("input[name='items[0].measured']")!.GetAttribute("value"));

        var recorded = await county.SubmitAsync(page, "#inspection-form", [.. fields, new("disposal", "责令限期整改。")]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        page = await county.PageAsync(recorded.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("#inspection-recorded"));
        var row = page.QuerySelector("#inspections tbody tr")!;
        Assert.Equal("false", row.GetAttribute("data-passed"));
        Assert.Contains(code, row.TextContent);
        Assert.Equal("1", row.QuerySelector("td.number")!.TextContent);
    }

    [Fact]
    public async Task A_county_keeps_its_targets_and_help_tasks_on_the_page_and_marks_one_done()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var countyStaff = await portal.CreateStaffAsync("editor", "220322", "industry");
        var county = portal.PagesClient(countyStaff);
        var code = await portal.RegisterAsync("220322");
        var due = new DateOnly(Enterprises.ChinaToday.Year, 12, 31).ToString("yyyy-MM-dd");

        var page = await county.PageAsync("/backoffice/campaign/plan");
        Assert.NotNull(page.QuerySelector("#targets-empty"));
        var refused = await county.SubmitAsync(page, "#target-form", [new("enterpriseCreditCode", code), new("kind", "eliminate"), new("problem", "使用国家明令淘汰的机立窑")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await refused.DocumentAsync();
        Assert.Contains("请填写工作路径及措施", again.QuerySelector("#target-form")!.TextContent);
        Assert.Equal("使用国家明令淘汰的机立窑", again.QuerySelector("#target-problem")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await county.SubmitAsync(page, "#target-form",
        [
            new("enterpriseCreditCode", code), new("kind", "eliminate"), new("problem", "使用国家明令淘汰的机立窑"), new("path", "拆除机立窑"),
            new("dueOn", due), new("responsibleDepartment", "梨树县工业和信息化局"),
        ])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await county.SubmitAsync(page, "#help-task-form",
        [
            new("enterpriseCreditCode", code), new("matter", "职工转岗培训"), new("level", "county"), new("responsibleDepartment", "梨树县人力资源和社会保障局"),
            new("measures", "组织技能培训"),
        ])).StatusCode);

        page = await county.PageAsync("/backoffice/campaign/plan");
        var target = page.QuerySelector("#targets tbody tr")!;
        Assert.Contains("淘汰：使用国家明令淘汰的机立窑", target.TextContent);
        Assert.Contains("职工转岗培训", page.QuerySelector("#help-tasks tbody tr")!.TextContent);
        var form = $"#progress-target-{target.GetAttribute("data-id")}";
        Assert.Equal(HttpStatusCode.Redirect, (await county.SubmitAsync(page, form,
            [new("year", $"{Enterprises.ChinaToday.Year}"), new("progress", "机立窑已拆除"), new("completed", "true")])).StatusCode);
        page = await county.PageAsync("/backoffice/campaign/plan");
        Assert.Equal("true", page.QuerySelector("#targets tbody tr")!.GetAttribute("data-completed"));
        Assert.Contains("机立窑已拆除", page.QuerySelector("#targets tbody tr")!.TextContent);
    }

    private const int InspectionRows = Portal.Modules.Campaign.Pages.InspectionPagesController.FormRows;
}
