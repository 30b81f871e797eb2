using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Disclosure;

[Collection(PortalCollection.Name)]
public class AnnouncementsApiTests(Portals portals)
{
    private static async Task<JsonElement> CreateAsync(HttpClient editor, object body) =>
        await (await editor.PostAsJsonAsync("/api/v1/announcements", body)).JsonAsync(HttpStatusCode.Created);

    private static async Task<List<int>> PublicIdsAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync("/api/v1/announcements?pageSize=100&" + query)).JsonAsync();
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    [Theory, BothDatabases]
    public async Task Rectification_notice_for_an_inspection_finished_the_Friday_before_National_Day_is_due_ten_working_days_later_on_16_October(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = await portal.RegisterAsync("220303");

        // 2025-09-26 is a Friday; 28 Sep (Sunday) and 11 Oct (Saturday) are make-up working days, 1–8 Oct the holiday.
        var draft = await CreateAsync(editor.Client, Announcements.EnergyRectification(code));
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal("2025-10-16", draft.GetProperty("publicationDueOn").GetString());
        Assert.True(draft.GetProperty("workingDaysLeft").GetInt32() < 0);
    }

    [Theory, BothDatabases]
    public async Task A_published_notice_is_on_the_yellow_list_of_its_county_city_and_province_a_forced_exit_on_the_red_list_and_the_enterprise_page_tells_both(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var government = await portal.CreateStaffAsync("editor", "220303", "government");
        var code = await portal.RegisterAsync("220303", name: $"四平市铁东区黄转红水泥有限公司{Guid.NewGuid():N}"[..22]);
        using var anonymous = portal.CreateClient();

        var id = (await CreateAsync(editor.Client, Announcements.EnergyRectification(code))).GetProperty("id").GetInt32();
        // A visitor looks at the list before publication: drafts never show, and the cached page must not hide the publication later.
        Assert.DoesNotContain(id, await PublicIdsAsync(anonymous, "list=rectification"));
        await (await anonymous.GetAsync($"/api/v1/announcements/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var before = await anonymous.GetStringAsync("/lists/rectification?region=220300");
        Assert.DoesNotContain($"data-id=\"{id}\"", before);

        var elsewhere = await portal.CreateStaffAsync("editor", "220322", "industry");
        await (await elsewhere.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);

        var published = await (await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { })).JsonAsync();
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Matches(@"^220303-01/\d{4}-\d{5}$", published.GetProperty("indexNumber").GetString());
        Assert.False(published.GetProperty("onTime").GetBoolean());

        foreach (var region in new[] { "220303", "220300", "220000" })
        {
            Assert.Contains(id, await PublicIdsAsync(anonymous, $"list=rectification&region={region}"));
        }
        Assert.DoesNotContain(id, await PublicIdsAsync(anonymous, "list=rectification&region=220322"));
        Assert.DoesNotContain(id, await PublicIdsAsync(anonymous, "list=forced-exit"));
        Assert.Contains($"data-id=\"{id}\"", await anonymous.GetStringAsync("/lists/rectification?region=220300"));

        var exit = await CreateAsync(government.Client, Announcements.ForcedExit(code, id));
        var exitId = exit.GetProperty("id").GetInt32();
        await (await government.Client.PostAsJsonAsync($"/api/v1/announcements/{exitId}/publish", new { })).JsonAsync();
        Assert.Contains(exitId, await PublicIdsAsync(anonymous, "list=forced-exit&region=220300"));

        var notice = await (await anonymous.GetAsync($"/api/v1/announcements/{id}")).JsonAsync();
        Assert.Equal(exitId, Assert.Single(notice.GetProperty("followUps").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Equal(2, notice.GetProperty("indicators").GetArrayLength());

        var enterprise = await (await anonymous.GetAsync($"/api/v1/enterprises/{code}")).JsonAsync();
        var kinds = enterprise.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Contains("entered-yellow-list", kinds);
        Assert.Contains("left-yellow-list", kinds);
        Assert.Equal(2, kinds.Count(k => k == "announcement"));

        var page = new HtmlParser().ParseDocument(await anonymous.GetStringAsync($"/enterprises/{code}"));
        var timeline = page.QuerySelector("#timeline")!.TextContent;
        Assert.Contains("列入黄牌名单", timeline);
        Assert.Contains("强制关闭退出，列入红牌名单", timeline);
        Assert.Contains("已列入红牌", page.QuerySelector("#list-status")!.TextContent);
    }

    [Theory, BothDatabases]
    public async Task Bad_input_is_refused_in_Chinese_and_stores_nothing(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = await portal.RegisterAsync("220303");
        var good = Announcements.EnergyRectification(code);
        var wrongDepartment = await portal.CreateStaffAsync("editor", "220303", "environment");
        async Task<int> DraftsAsync(HttpClient client) => (await (await client.GetAsync("/api/v1/desk")).JsonAsync()).GetProperty("drafts").GetArrayLength();
        var draftsBefore = (await DraftsAsync(editor.Client), await DraftsAsync(wrongDepartment.Client));

        var noIndicators = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements", good.With("indicators", Array.Empty<object>()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("未达标指标", Assert.Single(noIndicators.FieldErrors("indicators")));

        var tooLate = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements", good.With("deadline", "2026-04-30"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("6 个月", Assert.Single(tooLate.FieldErrors("deadline")));
        Assert.Contains("2026-03-26", tooLate.FieldErrors("deadline")[0]);

        var unknown = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements", good.With("enterpriseCreditCode", Enterprises.NewCode("220303")))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("未找到", Assert.Single(unknown.FieldErrors("enterpriseCreditCode")));

        var compliantValue = good.With("indicators", new[] { new { name = "可比熟料综合煤耗", measured = 110m, limit = 117m, unit = "kgce/t" } });
        var passing = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements", compliantValue)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("达标", Assert.Single(passing.FieldErrors("indicators[0].measured")));

        var wrongUnit = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements", good.With("regionCode", "220322"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("四平市铁东区工业和信息化局", wrongUnit.GetProperty("detail").GetString());

        var notResponsible = await (await wrongDepartment.Client.PostAsJsonAsync("/api/v1/announcements", good)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("工信", Assert.Single(notResponsible.FieldErrors("department")));

        await (await editor.Client.PostAsync("/api/v1/announcements", new StringContent("{\"inspectionCompletedOn\":\"昨天\"}", System.Text.Encoding.UTF8, "application/json")))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(draftsBefore, (await DraftsAsync(editor.Client), await DraftsAsync(wrongDepartment.Client)));
        var enterprise = await (await portal.CreateClient().GetAsync($"/api/v1/enterprises/{code}")).JsonAsync();
        Assert.Equal(0, enterprise.GetProperty("history").GetArrayLength());
    }

    [Theory, BothDatabases]
    public async Task Review_withdrawal_correction_and_extension_leave_a_public_trail(string db)
    {
        var portal = portals[db];
        var author = await portal.CreateStaffAsync("editor", "220303", "industry");
        var reviewer = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = await portal.RegisterAsync("220303");
        using var anonymous = portal.CreateClient();
        var id = (await CreateAsync(author.Client, Announcements.EnergyRectification(code))).GetProperty("id").GetInt32();

        await (await author.Client.PostAsync($"/api/v1/announcements/{id}/submit", null)).JsonAsync();
        await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/review", new { decision = "approve" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var approved = await (await reviewer.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/review", new { decision = "approve" })).JsonAsync();
        Assert.Equal("published", approved.GetProperty("status").GetString());

        var quality = await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/extension", new { deadline = "2026-08-20", reason = "设备改造周期长" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("3 个月", Assert.Single(quality.FieldErrors("deadline")));
        await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/extension", new { deadline = "2026-06-15", reason = "节能改造设备到货延迟" })).JsonAsync();
        var twice = await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/extension", new { deadline = "2026-06-18", reason = "再次申请" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("只能申请一次", Assert.Single(twice.FieldErrors("deadline")));

        await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/corrections", new { reason = "" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var corrected = await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/corrections",
            new { reason = "文号录入错误", documentNumber = "测工信节监〔2025〕2号" })).JsonAsync();
        Assert.Equal(2, corrected.GetProperty("version").GetInt32());

        var notice = await (await anonymous.GetAsync($"/api/v1/announcements/{id}")).JsonAsync();
        Assert.Equal("测工信节监〔2025〕2号", notice.GetProperty("documentNumber").GetString());
        Assert.Equal("文号录入错误", Assert.Single(notice.GetProperty("corrections").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal("2026-06-15", notice.GetProperty("deadline").GetString());
        Assert.Equal("节能改造设备到货延迟", notice.GetProperty("extension").GetProperty("reason").GetString());

        await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/withdraw", new { reason = "" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(id, await PublicIdsAsync(anonymous, "list=rectification"));
        await (await author.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/withdraw", new { reason = "检测机构资质存疑，重新检测" })).JsonAsync();
        Assert.DoesNotContain(id, await PublicIdsAsync(anonymous, "list=rectification"));
        var withdrawn = await (await anonymous.GetAsync($"/api/v1/announcements/{id}")).JsonAsync();
        Assert.Equal("withdrawn", withdrawn.GetProperty("validity").GetString());
        Assert.Equal("检测机构资质存疑，重新检测", withdrawn.GetProperty("withdrawal").GetProperty("reason").GetString());

        var desk = await (await author.Client.GetAsync($"/api/v1/desk/announcements/{id}")).JsonAsync();
        var actions = desk.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(["announcement.create", "announcement.submit", "announcement.approve", "announcement.extend", "announcement.correct", "announcement.withdraw"], actions);
        Assert.Contains(reviewer.UserName, desk.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("actor").GetString()));
    }

    [Theory, BothDatabases]
    public async Task A_scheduled_announcement_stays_out_of_sight_until_its_time(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = await portal.RegisterAsync("220303");
        using var anonymous = portal.CreateClient();
        var id = (await CreateAsync(editor.Client, Announcements.EnergyRectification(code))).GetProperty("id").GetInt32();
        var scheduled = await (await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { publishAt = DateTimeOffset.UtcNow.AddDays(2) })).JsonAsync();
        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        Assert.DoesNotContain(id, await PublicIdsAsync(anonymous, "list=rectification"));
        await (await anonymous.GetAsync($"/api/v1/announcements/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { publishAt = DateTimeOffset.UtcNow.AddDays(-2) })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory, BothDatabases]
    public async Task The_public_list_filters_pages_and_refuses_unknown_values(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var first = await (await anonymous.GetAsync("/api/v1/announcements?pageSize=1")).JsonAsync();
        Assert.True(first.GetProperty("total").GetInt32() >= 2);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await anonymous.GetAsync($"/api/v1/announcements?pageSize=1&cursor={cursor}")).JsonAsync();
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetInt32(), second.GetProperty("items")[0].GetProperty("id").GetInt32());
        var facets = first.GetProperty("facets");
        Assert.Equal(first.GetProperty("total").GetInt32(), facets.GetProperty("list").EnumerateObject().Sum(p => p.Value.GetInt32()));

        var city = await (await anonymous.GetAsync("/api/v1/announcements?region=220300&pageSize=100")).JsonAsync();
        Assert.All(city.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("2203", i.GetProperty("enterprise").GetProperty("regionCode").GetString()));
        Assert.Equal(city.GetProperty("total").GetInt32(), city.GetProperty("facets").GetProperty("region").EnumerateObject().Sum(p => p.Value.GetInt32()));

        foreach (var (query, field) in new[] { ("list=yellow", "list"), ("region=999999", "region"), ("cursor=!!", "cursor"), ("pageSize=1000", "pageSize"), ("sort=random", "sort") })
        {
            var problem = await (await anonymous.GetAsync("/api/v1/announcements?" + query)).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.FieldErrors(field));
        }
    }
}
