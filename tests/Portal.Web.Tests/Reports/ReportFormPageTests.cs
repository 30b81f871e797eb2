using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Reports.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

[Collection(PortalCollection.Name)]
public class ReportFormPageTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task A_report_sent_through_the_form_shows_its_receipt_once_and_reaches_the_county_market_bureau(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220322", "market");
        using var citizen = portal.CreateClient();
        var form = await citizen.GetAsync("/report");
        Assert.Contains("no-store", form.Headers.CacheControl?.ToString());
        Assert.Contains("<altcha-widget", await form.Content.ReadAsStringAsync());
        var fields = Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen), regionCode: "220322");
        fields["category"] = "quality";

        var receipt = await citizen.PostAsync("/report", Reporting.Form(fields));

        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Contains("no-store", receipt.Headers.CacheControl?.ToString());
        var html = await receipt.Content.ReadAsStringAsync();
        var code = Regex.Match(html, "id=\"tracking-code\">(JB[0-9A-Z]{10})<").Groups[1].Value;
        var key = Regex.Match(html, "id=\"access-key\">([0-9A-Z-]{23})<").Groups[1].Value;
        Assert.NotEmpty(code);
        Assert.NotEmpty(key);
        await Reporting.RouteAsync(portal);
        var queued = await Reporting.InQueueAsync(handler.Client, code);
        Assert.Equal("产品质量不达标", queued!.Value.GetProperty("categoryName").GetString());
        Assert.Contains("梨树县", queued.Value.GetProperty("regionName").GetString());

        var status = await citizen.PostAsync("/report/status", new FormUrlEncodedContent(new Dictionary<string, string> { ["trackingCode"] = code, ["accessKey"] = key }));
        Assert.Contains("梨树县市场监督管理局", await status.Content.ReadAsStringAsync());
        var wrong = await citizen.PostAsync("/report/status", new FormUrlEncodedContent(new Dictionary<string, string> { ["trackingCode"] = code, ["accessKey"] = key[..^1] + (key[^1] == 'A' ? "B" : "A") }));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain("梨树县市场监督管理局", await wrong.Content.ReadAsStringAsync());
    }

    [Theory, BothDatabases]
    public async Task A_form_without_description_comes_back_in_chinese_with_what_was_typed_and_stores_nothing(string db)
    {
        var portal = portals[db];
        using var citizen = portal.CreateClient();
        var fields = Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen));
        var name = "四平市表单回填测试有限公司" + Guid.NewGuid().ToString("N")[..6];
        fields["enterpriseName"] = name;
        fields["description"] = "太短";

        var response = await citizen.PostAsync("/report", Reporting.Form(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("举报内容至少需要 10 个字", html);
        Assert.Contains($"value=\"{name}\"", html);
        Assert.Contains("<option value=\"220303\" selected=\"selected\">", html);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Reports().AnyAsync(r => r.EnterpriseName == name));
    }
}
