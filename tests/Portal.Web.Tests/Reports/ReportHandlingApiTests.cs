using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

[Collection(PortalCollection.Name)]
public class ReportHandlingApiTests(Portals portals)
{
    private static async Task<(string Code, string Key)> FileRoutedAsync(PortalFactory portal, Func<string, Dictionary<string, string?>> fields)
    {
        using var citizen = portal.CreateClient();
        var receipt = await Reporting.FileAsync(citizen, Reporting.Form(fields(await Reporting.SolveCaptchaAsync(citizen))));
        await Reporting.RouteAsync(portal);
        return receipt;
    }

    [Theory, BothDatabases]
    public async Task A_report_reaches_only_the_county_environment_bureau_and_other_units_never_see_it(string db)
    {
        var portal = portals[db];
        var owner = await portal.CreateStaffAsync("handler", "220303", "environment");
        var others = new[]
        {
            await portal.CreateStaffAsync("handler", "220302", "environment"),
            await portal.CreateStaffAsync("handler", "220303", "market"),
            await portal.CreateStaffAsync("handler", "220300", "environment"),
        };
        var (code, _) = await FileRoutedAsync(portal, c => Reporting.AnonymousEnvironmentReport(c));

        var item = await Reporting.InQueueAsync(owner.Client, code);
        Assert.NotNull(item);
        Assert.Equal("routed", item.Value.GetProperty("status").GetString());
        var id = item.Value.GetProperty("id").GetInt32();
        var acceptDue = await Reporting.AddWorkingDaysAsync(owner.Client, Enterprises.ChinaToday, 3);
        Assert.Equal(acceptDue.ToString("yyyy-MM-dd"), item.Value.GetProperty("dueOn").GetString());

        foreach (var other in others)
        {
            Assert.Null(await Reporting.InQueueAsync(other.Client, code));
            await (await other.Client.GetAsync($"/api/v1/reports/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
            await (await Reporting.ActAsync(other.Client, id, new { action = "accept" })).AssertProblemAsync(HttpStatusCode.NotFound);
            await (await other.Client.PostAsync($"/api/v1/reports/{id}/reporter", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using var anonymous = portal.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/queue")).StatusCode);
        var editor = await portal.CreateStaffAsync("editor", "220303", "environment");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/api/v1/queue")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_filed_report_is_in_its_units_queue_within_two_seconds_without_waiting_for_the_routing_schedule(string db)
    {
        // The suite's portals never put their jobs on a schedule: only the routing queued by the filing itself can move it.
        var portal = portals[db];
        var owner = await portal.CreateStaffAsync("handler", "220303", "environment");
        using var citizen = portal.CreateClient();
        var form = Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen)));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (code, _) = await Reporting.FileAsync(citizen, form);
        System.Text.Json.JsonElement? item = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && (item = await Reporting.InQueueAsync(owner.Client, code)) is null)
        {
            await Task.Delay(50);
        }
        var elapsed = clock.Elapsed;

        Assert.NotNull(item);
        Assert.Equal("routed", item.Value.GetProperty("status").GetString());
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"in the queue {elapsed.TotalMilliseconds:0} ms after it was filed");
    }

    [Theory, BothDatabases]
    public async Task A_real_name_report_cannot_close_without_a_verification_record_and_a_reply_and_its_published_outcome_names_nobody(string db)
    {
        var portal = portals[db];
        var creditCode = await portal.RegisterAsync("220303", name: "四平市实名被举报水泥有限公司");
        var handler = await portal.CreateStaffAsync("handler", "220303", "industry");
        var (code, key) = await FileRoutedAsync(portal, c => Reporting.RealNameReport(c, "revival", creditCode: creditCode));
        var id = (await Reporting.InQueueAsync(handler.Client, code))!.Value.GetProperty("id").GetInt32();

        var accepted = await (await Reporting.ActAsync(handler.Client, id, new { action = "accept" })).JsonAsync();
        var concludeDue = await Reporting.AddWorkingDaysAsync(handler.Client, Enterprises.ChinaToday, 15);
        Assert.Equal(concludeDue.ToString("yyyy-MM-dd"), accepted.GetProperty("concludeDueOn").GetString());

        var unchecked_ = await (await Reporting.ActAsync(handler.Client, id, new { action = "conclude", conclusion = "not-substantiated", text = "企业称设备一直封存，未见生产迹象。" }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("实名举报必须核查", unchecked_.GetProperty("detail").GetString());

        var tooShort = await (await Reporting.ActAsync(handler.Client, id, new { action = "verify", findings = "去了" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("核查情况", tooShort.FieldErrors("findings")[0]);
        await (await Reporting.ActAsync(handler.Client, id, new { action = "verify", findings = "夜间到厂检查，2号窑封条完好但窑体温热，现场有新的熟料堆。" })).JsonAsync();
        await (await Reporting.ActAsync(handler.Client, id, new { action = "conclude", conclusion = "substantiated", text = "2号窑擅自启封生产，已责令停产并重新封存。" })).JsonAsync();

        var noReply = await (await Reporting.ActAsync(handler.Client, id, new { action = "close" })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("必须答复举报人", noReply.GetProperty("detail").GetString());
        await (await Reporting.ActAsync(handler.Client, id, new { action = "message", text = "经核查举报属实，已责令停产并重新封存，感谢您的监督。" })).JsonAsync();
        var closed = await (await Reporting.ActAsync(handler.Client, id, new { action = "close" })).JsonAsync();
        Assert.Equal("closed", closed.GetProperty("status").GetString());

        var naming = await (await Reporting.ActAsync(handler.Client, id, new { action = "publish-outcome", text = "根据王建国（13904345678）的举报，2号窑擅自启封生产。" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不能含有举报人", naming.FieldErrors("text")[0]);
        await (await Reporting.ActAsync(handler.Client, id, new { action = "publish-outcome", text = "经核查，该企业2号机立窑擅自启封生产，已责令停产并重新封存。" })).JsonAsync();

        using var visitor = portal.CreateClient();
        var enterprise = await (await visitor.GetAsync($"/api/v1/enterprises/{creditCode}")).JsonAsync();
        var history = enterprise.GetRawText();
        Assert.Contains("擅自启封生产，已责令停产并重新封存", history);
        Assert.DoesNotContain("王建国", history);
        Assert.DoesNotContain("13904345678", history);
        var outcomesPage = await visitor.GetStringAsync("/report/outcomes");
        Assert.Contains("擅自启封生产", outcomesPage);
        Assert.DoesNotContain("王建国", outcomesPage);

        var status = await (await Reporting.StatusAsync(visitor, code, key)).JsonAsync();
        Assert.Equal("closed", status.GetProperty("status").GetString());
        Assert.Equal("substantiated", status.GetProperty("conclusion").GetString());
        Assert.Contains("感谢您的监督", status.GetProperty("messages")[0].GetProperty("text").GetString());
        Assert.DoesNotContain("熟料堆", status.GetRawText());
    }

    [Theory, BothDatabases]
    public async Task Only_the_handling_unit_reads_the_reporters_identity_and_every_read_is_recorded(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        var (code, _) = await FileRoutedAsync(portal, c => Reporting.RealNameReport(c));
        var id = (await Reporting.InQueueAsync(handler.Client, code))!.Value.GetProperty("id").GetInt32();

        var shown = await (await handler.Client.GetAsync($"/api/v1/reports/{id}")).JsonAsync();
        Assert.DoesNotContain("王建国", shown.GetRawText());
        var identity = await (await handler.Client.PostAsync($"/api/v1/reports/{id}/reporter", null)).JsonAsync();
        Assert.Equal("王建国", identity.GetProperty("name").GetString());
        Assert.Equal("13904345678", identity.GetProperty("phone").GetString());

        await using var scope = portal.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var reads = await data.IdentityReads().Where(r => r.ReportId == id).ToListAsync();
        Assert.Equal(handler.UserName, Assert.Single(reads).StaffUserName);
        var stored = await data.Reports().AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.DoesNotContain("王建国", stored.ProtectedIdentity);
        Assert.DoesNotContain("13904345678", stored.ProtectedIdentity);
    }

    [Theory, BothDatabases]
    public async Task A_supervisor_sees_who_read_a_reporters_identity_in_the_region_and_never_the_identity(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        var (code, _) = await FileRoutedAsync(portal, c => Reporting.RealNameReport(c));
        var id = (await Reporting.InQueueAsync(handler.Client, code))!.Value.GetProperty("id").GetInt32();
        await (await handler.Client.PostAsync($"/api/v1/reports/{id}/reporter", null)).JsonAsync();

        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var reads = await (await city.Client.GetAsync("/api/v1/reports/identity-reads")).JsonAsync();
        var read = Assert.Single(reads.GetProperty("items").EnumerateArray(), r => r.GetProperty("trackingCode").GetString() == code);
        Assert.Equal(handler.UserName, read.GetProperty("staffUserName").GetString());
        Assert.Equal("四平市铁东区生态环境局", read.GetProperty("staffUnit").GetString());
        var page = await city.Client.GetStringAsync("/backoffice/reports/identity-reads");
        Assert.Contains(code, page);
        Assert.DoesNotContain("王建国", page);
        Assert.DoesNotContain("13904345678", page);

        var elsewhere = await portal.CreateStaffAsync("supervisor", "220100", "government");
        var theirs = await (await elsewhere.Client.GetAsync("/api/v1/reports/identity-reads")).JsonAsync();
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), r => r.GetProperty("trackingCode").GetString() == code);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Client.GetAsync("/api/v1/reports/identity-reads")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_supervisor_over_the_unit_reads_a_report_without_its_identity_and_cannot_act_on_it(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        var (code, _) = await FileRoutedAsync(portal, c => Reporting.RealNameReport(c));
        var id = (await Reporting.InQueueAsync(handler.Client, code))!.Value.GetProperty("id").GetInt32();

        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var seen = await (await city.Client.GetAsync($"/api/v1/supervision/reports/{id}")).JsonAsync();
        Assert.Equal(code, seen.GetProperty("trackingCode").GetString());
        Assert.DoesNotContain("王建国", seen.GetRawText());
        var page = await city.Client.GetStringAsync($"/backoffice/supervision/reports/{id}");
        Assert.Contains(code, page);
        Assert.DoesNotContain("王建国", page);
        Assert.DoesNotContain("/actions", page);
        await (await city.Client.PostAsync($"/api/v1/reports/{id}/reporter", null)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var elsewhere = await portal.CreateStaffAsync("supervisor", "220100", "government");
        await (await elsewhere.Client.GetAsync($"/api/v1/supervision/reports/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Client.GetAsync($"/api/v1/supervision/reports/{id}")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_misrouted_report_is_transferred_with_a_reason_and_a_report_beyond_the_county_goes_up_to_the_city(string db)
    {
        var portal = portals[db];
        var environment = await portal.CreateStaffAsync("handler", "220303", "environment");
        var market = await portal.CreateStaffAsync("handler", "220303", "market");
        var cityMarket = await portal.CreateStaffAsync("handler", "220300", "market");
        var (code, key) = await FileRoutedAsync(portal, c => Reporting.AnonymousEnvironmentReport(c));
        var id = (await Reporting.InQueueAsync(environment.Client, code))!.Value.GetProperty("id").GetInt32();

        var noReason = await (await Reporting.ActAsync(environment.Client, id, new { action = "transfer", department = "market" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("理由", noReason.FieldErrors("reason")[0]);
        await (await Reporting.ActAsync(environment.Client, id, new { action = "transfer", department = "market", reason = "反映的是水泥产品质量问题，不是排放。" })).JsonAsync();
        Assert.Null(await Reporting.InQueueAsync(environment.Client, code));
        Assert.NotNull(await Reporting.InQueueAsync(market.Client, code));

        await (await Reporting.ActAsync(market.Client, id, new { action = "escalate", reason = "涉及跨县销售，超出本局权限。" })).JsonAsync();
        Assert.Null(await Reporting.InQueueAsync(market.Client, code));
        var atCity = await Reporting.InQueueAsync(cityMarket.Client, code);
        Assert.Equal("routed", atCity!.Value.GetProperty("status").GetString());

        using var citizen = portal.CreateClient();
        var status = (await (await Reporting.StatusAsync(citizen, code, key)).JsonAsync()).GetRawText();
        Assert.Contains("四平市市场监督管理局", status);
        Assert.DoesNotContain("跨县销售", status);
    }

    [Theory, BothDatabases]
    public async Task One_extension_is_granted_by_a_supervisor_over_the_unit_and_not_by_one_elsewhere(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        var citySupervisor = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var elsewhere = await portal.CreateStaffAsync("supervisor", "220100", "government");
        var (code, _) = await FileRoutedAsync(portal, c => Reporting.AnonymousEnvironmentReport(c));
        var id = (await Reporting.InQueueAsync(handler.Client, code))!.Value.GetProperty("id").GetInt32();
        var accepted = await (await Reporting.ActAsync(handler.Client, id, new { action = "accept" })).JsonAsync();
        var due = DateOnly.Parse(accepted.GetProperty("concludeDueOn").GetString()!);
        var until = await Reporting.AddWorkingDaysAsync(handler.Client, due, 10);
        var tooFar = await Reporting.AddWorkingDaysAsync(handler.Client, due, 16);

        var refused = await (await Reporting.ActAsync(handler.Client, id, new { action = "request-extension", until = tooFar.ToString("yyyy-MM-dd"), reason = "需要等待第三方监测报告。" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("最多再延 15 个工作日", refused.FieldErrors("until")[0]);
        await (await Reporting.ActAsync(handler.Client, id, new { action = "request-extension", until = until.ToString("yyyy-MM-dd"), reason = "需要等待第三方监测报告。" })).JsonAsync();

        var pendingElsewhere = await (await elsewhere.Client.GetAsync("/api/v1/reports/extensions")).JsonAsync();
        Assert.DoesNotContain(code, pendingElsewhere.GetRawText());
        await (await Reporting.ActAsync(elsewhere.Client, id, new { action = "decide-extension", approve = true })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Reporting.ActAsync(handler.Client, id, new { action = "decide-extension", approve = true })).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains(code, (await (await citySupervisor.Client.GetAsync("/api/v1/reports/extensions")).JsonAsync()).GetRawText());
        var approved = await (await Reporting.ActAsync(citySupervisor.Client, id, new { action = "decide-extension", approve = true, note = "同意。" })).JsonAsync();
        Assert.Equal(until.ToString("yyyy-MM-dd"), approved.GetProperty("concludeDueOn").GetString());
        var again = await (await Reporting.ActAsync(handler.Client, id, new { action = "request-extension", until = tooFar.ToString("yyyy-MM-dd"), reason = "还需要时间。" }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已经延期过一次", again.GetProperty("detail").GetString());
        var queued = await Reporting.InQueueAsync(handler.Client, code);
        Assert.Equal(until.ToString("yyyy-MM-dd"), queued!.Value.GetProperty("dueOn").GetString());
    }

    [Theory, BothDatabases]
    public async Task An_unknown_action_is_refused_in_chinese_with_the_actions_there_are(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        var (code, _) = await FileRoutedAsync(portal, c => Reporting.AnonymousEnvironmentReport(c));
        var id = (await Reporting.InQueueAsync(handler.Client, code))!.Value.GetProperty("id").GetInt32();

        var problem = await (await Reporting.ActAsync(handler.Client, id, new { action = "delete" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("publish-outcome", problem.FieldErrors("action")[0]);
        var early = await (await Reporting.ActAsync(handler.Client, id, new { action = "verify", findings = "现场检查了两台窑炉和排放口。" })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已转交承办部门", early.GetProperty("detail").GetString());
    }
}
