using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

[Collection(PortalCollection.Name)]
public class ReportIntakeApiTests(Portals portals)
{
    private static async Task<(int Reports, int Files)> StoredAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var uploads = Path.Combine(portal.DataDirectory, "uploads", "reports");
        return (await db.Reports().CountAsync(), Directory.Exists(uploads) ? Directory.GetFiles(uploads).Length : 0);
    }

    [Theory, BothDatabases]
    public async Task An_anonymous_report_gets_a_receipt_and_the_reporter_follows_it_to_the_county_environment_bureau(string db)
    {
        var portal = portals[db];
        using var citizen = portal.CreateClient();
        var form = Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen)));

        var (code, key) = await Reporting.FileAsync(citizen, form);

        Assert.Matches("^JB[2-9A-HJKMNP-Z]{10}$", code);
        Assert.Matches("^([2-9A-HJKMNP-Z]{5}-){3}[2-9A-HJKMNP-Z]{5}$", key);
        var received = await (await Reporting.StatusAsync(citizen, code, key)).JsonAsync();
        // Filing enqueues the routing at once (within about 2 s), so the receipt may already find it routed.
        Assert.Contains(received.GetProperty("status").GetString(), new[] { "received", "routed" });
        Assert.Equal("污染物超标排放", received.GetProperty("categoryName").GetString());

        await Reporting.RouteAsync(portal);

        var routed = await (await Reporting.StatusAsync(citizen, code, key.ToLowerInvariant().Replace("-", ""))).JsonAsync();
        Assert.Equal("routed", routed.GetProperty("status").GetString());
        var steps = routed.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("note").GetString()).ToList();
        Assert.Equal(2, steps.Count);
        Assert.Contains("四平市铁东区生态环境局", steps[1]);
    }

    [Theory, BothDatabases]
    public async Task A_wrong_key_and_an_unknown_code_get_the_same_answer(string db)
    {
        var portal = portals[db];
        using var citizen = portal.CreateClient();
        var (code, key) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen))));
        var wrongKey = (key[0] == 'A' ? "B" : "A") + key[1..];

        var wrong = await (await Reporting.StatusAsync(citizen, code, wrongKey)).AssertProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await Reporting.StatusAsync(citizen, "JB2222222222", key)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        Assert.Contains("受理编号或查询密码不正确", wrong.GetProperty("detail").GetString());
        var answered = await citizen.PostAsync("/api/v1/reports/messages",
            new StringContent($$"""{"trackingCode":"{{code}}","accessKey":"{{wrongKey}}","text":"补充一下情况。"}""", Encoding.UTF8, "application/json"));
        await answered.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task Bad_reports_are_refused_in_Chinese_and_store_nothing(string db)
    {
        var portal = portals[db];
        using var citizen = portal.CreateClient();
        var used = await Reporting.SolveCaptchaAsync(citizen);
        await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(used)));
        var before = await StoredAsync(portal);

        async Task<string> RefusedAsync(Dictionary<string, string?> fields, string field, params (string, byte[], string)[] files)
        {
            var problem = await (await citizen.PostAsync("/api/v1/reports", Reporting.Form(fields, files))).AssertProblemAsync(HttpStatusCode.BadRequest);
            return string.Join(" ", problem.FieldErrors(field));
        }
        var fresh = await Reporting.SolveCaptchaAsync(citizen);

        Assert.Contains("已经用过", await RefusedAsync(Reporting.AnonymousEnvironmentReport(used), "captcha"));
        var forged = Encoding.UTF8.GetString(Convert.FromBase64String(fresh)).Replace("\"number\":", "\"number\":1");
        Assert.Contains("人机验证未通过", await RefusedAsync(Reporting.AnonymousEnvironmentReport(Convert.ToBase64String(Encoding.UTF8.GetBytes(forged))), "captcha"));
        Assert.Contains("请先完成人机验证", await RefusedAsync(Reporting.AnonymousEnvironmentReport(""), "captcha"));

        var noDescription = Reporting.AnonymousEnvironmentReport(fresh);
        noDescription["description"] = null;
        Assert.Contains("请填写举报内容", await RefusedAsync(noDescription, "description"));
        var unknownCategory = Reporting.AnonymousEnvironmentReport(fresh);
        unknownCategory["category"] = "noise";
        Assert.Contains("noise", await RefusedAsync(unknownCategory, "category"));
        var unknownRegion = Reporting.AnonymousEnvironmentReport(fresh, regionCode: "229999");
        Assert.Contains("229999", await RefusedAsync(unknownRegion, "regionCode"));
        var province = Reporting.AnonymousEnvironmentReport(fresh, regionCode: "220000");
        Assert.Contains("县", await RefusedAsync(province, "regionCode"));
        var realNameWithoutPhone = Reporting.AnonymousEnvironmentReport(fresh);
        realNameWithoutPhone["realName"] = "true";
        realNameWithoutPhone["reporterName"] = "张三";
        Assert.Contains("实名举报须填写姓名和联系电话", await RefusedAsync(realNameWithoutPhone, "reporterPhone"));

        var disguised = ("现场照片.jpg", Encoding.UTF8.GetBytes("这不是图片，是一段文字。"), "image/jpeg");
        Assert.Contains("现场照片.jpg", await RefusedAsync(Reporting.AnonymousEnvironmentReport(fresh), "files", disguised));

        Assert.Equal(before, await StoredAsync(portal));
        // The fresh captcha survived every refusal: nothing was spent on a report that was not stored.
        await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(fresh)));
    }
}
