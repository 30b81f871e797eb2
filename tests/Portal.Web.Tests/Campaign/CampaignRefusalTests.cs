using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Campaign;

/// <summary>Wrong, hostile and out-of-place campaign requests: a specific 4xx in Chinese (English when asked), nothing stored.</summary>
[Collection(PortalCollection.Name)]
public class CampaignRefusalTests(Portals portals)
{
    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in fields)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named in {problem}");
        }
        return problem;
    }

    [Fact]
    public async Task Targets_and_help_tasks_are_refused_beside_each_wrong_field_and_nothing_is_kept()
    {
        var portal = portals["Sqlite"];
        var county = await portal.CreateStaffAsync("editor", "220322", "industry");
        var code = await portal.RegisterAsync("220322");
        var elsewhere = await portal.RegisterAsync("220102");
        var year = Enterprises.ChinaToday.Year;

        var problem = await RefusedAsync(await county.Client.PostAsJsonAsync("/api/v1/targets", new { enterpriseCreditCode = code }),
            "kind", "problem", "path", "dueOn", "responsibleDepartment");
        Assert.Contains("请填写", problem.GetProperty("detail").GetString());
        await RefusedAsync(await county.Client.PostAsJsonAsync("/api/v1/targets", new
        {
            enterpriseCreditCode = elsewhere, kind = "demolish", problem = "x", path = "y", dueOn = $"{year - 1}-12-31", responsibleDepartment = new string('局', 101),
            year = year + 5,
        }), "enterpriseCreditCode", "kind", "responsibleDepartment", "year");
        await RefusedAsync(await county.Client.PostAsJsonAsync("/api/v1/targets", new
        {
            enterpriseCreditCode = code, kind = "rectify", problem = "x", path = "y", dueOn = $"{year - 1}-12-31", responsibleDepartment = "局", inspectionId = int.MaxValue,
        }), "dueOn", "inspectionId");
        await RefusedAsync(await county.Client.PostAsJsonAsync("/api/v1/help-tasks", new
        {
            enterpriseCreditCode = "91220322MA00000000", matter = "", level = "village", responsibleDepartment = "局", measures = new string('措', 1001),
        }), "enterpriseCreditCode", "matter", "level", "measures");
        await (await county.Client.PostAsync("/api/v1/targets", new StringContent("{\"kind\": [1,2", System.Text.Encoding.UTF8, "application/json")))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        var english = await portal.CreateStaffAsync("editor", "220322", "industry");
        english.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var inEnglish = await (await english.Client.PostAsJsonAsync("/api/v1/help-tasks", new { enterpriseCreditCode = code, level = "village" }))
            .AssertEnglishProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("village", inEnglish.GetProperty("errors").GetProperty("level")[0].GetString());

        // Someone else's entry is missing, not forbidden; a handler may not plan at all.
        await (await county.Client.PostAsJsonAsync("/api/v1/targets/2147483647/progress", new { progress = "x" })).AssertProblemAsync(HttpStatusCode.NotFound);
        var handler = await portal.CreateStaffAsync("handler", "220322", "industry");
        await (await handler.Client.PostAsJsonAsync("/api/v1/targets", new { enterpriseCreditCode = code })).AssertProblemAsync(HttpStatusCode.Forbidden);

        var ledgers = await (await county.Client.GetAsync($"/api/v1/ledgers/{year}-q2")).JsonAsync();
        Assert.DoesNotContain(ledgers.GetProperty("tables")[2].GetProperty("rows").EnumerateArray(), r => r[3].GetString() == code);
    }

    [Fact]
    public async Task Ledgers_submissions_and_spot_checks_refuse_what_is_not_theirs_to_do()
    {
        var portal = portals["Sqlite"];
        var county = await portal.CreateStaffAsync("editor", "220322", "industry");
        var year = Enterprises.ChinaToday.Year;

        var period = await RefusedAsync(await county.Client.GetAsync("/api/v1/ledgers/2027-q9"), "period");
        Assert.Contains("2027-q2", period.GetProperty("detail").GetString());
        await RefusedAsync(await county.Client.GetAsync($"/api/v1/ledgers/{year}-q2?regionCode=999999"), "regionCode");
        await (await county.Client.GetAsync($"/api/v1/ledgers/{year}-q2?regionCode=220100")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await county.Client.GetAsync($"/api/v1/ledgers/{year}-q2/5.csv")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await county.Client.GetAsync($"/api/v1/ledgers/{year}-q2.xlsx?regionCode=220100")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await RefusedAsync(await county.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period = "'; drop table \"LedgerSubmissions\"; --" }), "period");

        // Only the lead department sends ledgers up; a province has nobody to send them to.
        var environment = await portal.CreateStaffAsync("editor", "220322", "environment");
        await (await environment.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period = $"{year}-q2" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var province = await portal.CreateStaffAsync("editor", "220000", "industry");
        await (await province.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period = $"{year}-q2" })).AssertProblemAsync(HttpStatusCode.Conflict);

        // Reviews: only the region directly above, with reasons and a note.
        var sent = await (await county.Client.PostAsJsonAsync("/api/v1/ledger-submissions", new { period = $"{year}-q3" })).JsonAsync(HttpStatusCode.Created);
        var id = sent.GetProperty("id").GetInt32();
        var city = await portal.CreateStaffAsync("editor", "220300", "industry");
        await RefusedAsync(await city.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{id}/return", new { reasons = Array.Empty<string>(), note = "" }), "reasons", "note");
        await RefusedAsync(await city.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{id}/return", new { reasons = new[] { "bad-mood" }, note = "x" }), "reasons[0]");
        await (await province.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{id}/accept", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var otherCity = await portal.CreateStaffAsync("editor", "220100", "industry");
        await (await otherCity.Client.PostAsJsonAsync($"/api/v1/ledger-submissions/{id}/accept", new { })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await otherCity.Client.GetAsync($"/api/v1/ledger-submissions/{id}/workbook")).AssertProblemAsync(HttpStatusCode.NotFound);
        var still = await (await county.Client.GetAsync($"/api/v1/ledger-submissions/{id}")).JsonAsync();
        Assert.Equal("submitted", still.GetProperty("status").GetString());

        // Spot-checks are the city's; their results the drawing unit's, with a finding where it differs.
        await (await county.Client.PostAsJsonAsync("/api/v1/spot-checks", new { year })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await RefusedAsync(await city.Client.PostAsJsonAsync("/api/v1/spot-checks", new { year, focusIndustries = new[] { "unobtainium" }, focusRegions = new[] { "220102" } }),
            "focusIndustries", "focusRegions");
        await (await city.Client.PostAsJsonAsync("/api/v1/spot-checks", new { year = 1990 })).AssertProblemAsync(HttpStatusCode.Conflict);
        var code = await portal.RegisterAsync("220322");
        await (await county.Client.PostAsJsonAsync("/api/v1/inspections", new
        {
            enterpriseCreditCode = code, inspectedOn = Enterprises.ChinaToday.ToString("yyyy-MM-dd"), inspectors = "王某",
            items = new[] { new { aspect = "quality", name = "抗压强度", result = "pass" } },
        })).JsonAsync(HttpStatusCode.Created);
        var drawn = await (await city.Client.PostAsJsonAsync("/api/v1/spot-checks", new { year, regionCode = "220322" })).JsonAsync(HttpStatusCode.Created);
        var check = drawn.GetProperty("id").GetInt32();
        var first = (await (await city.Client.GetAsync($"/api/v1/spot-checks/{check}")).JsonAsync()).GetProperty("items")[0];
        var today = Enterprises.ChinaToday.ToString("yyyy-MM-dd");
        await RefusedAsync(await city.Client.PostAsJsonAsync($"/api/v1/spot-checks/{check}/items/1", new { checkedOn = today, passed = !first.GetProperty("countyPassed").GetBoolean() }), "finding");
        await RefusedAsync(await city.Client.PostAsJsonAsync($"/api/v1/spot-checks/{check}/items/1", new { checkedOn = "2000-01-01" }), "checkedOn", "passed");
        await (await city.Client.PostAsJsonAsync($"/api/v1/spot-checks/{check}/items/100000", new { checkedOn = today, passed = true })).AssertProblemAsync(HttpStatusCode.NotFound);
        var colleague = await portal.CreateStaffAsync("supervisor", "220000", "industry");
        await (await colleague.Client.PostAsJsonAsync($"/api/v1/spot-checks/{check}/items/1", new { checkedOn = today, passed = true })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await otherCity.Client.GetAsync($"/api/v1/spot-checks/{check}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
