using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Reports;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class CitizenReportsJourneyTests
{
    [Fact]
    public async Task A_citizen_reports_on_a_phone_the_handler_replies_from_the_queue_and_the_citizen_reads_the_reply_with_the_receipt()
    {
        await using var portal = new PortalFactory("Sqlite", null);
        var address = portal.StartKestrel();
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var citizen = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await citizen.GotoAsync(address + "/");
            await citizen.GetByRole(AriaRole.Link, new() { Name = "我要举报" }).First.ClickAsync();

            await citizen.GetByLabel("举报类别").SelectOptionAsync(new SelectOptionValue { Label = "污染物超标排放" });
            await citizen.GetByLabel("省份").SelectOptionAsync(new SelectOptionValue { Label = "吉林省" });
            await citizen.GetByLabel("城市").SelectOptionAsync(new SelectOptionValue { Label = "四平市" });
            await citizen.GetByLabel("县（市、区）").SelectOptionAsync(new SelectOptionValue { Label = "铁东区" });
            await citizen.GetByLabel("被举报企业名称").FillAsync("四平市旅程化工有限公司");
            await citizen.GetByLabel("举报内容").FillAsync("这家厂每天夜里偷偷开炉，烟囱冒黄烟，附近居民都闻到刺鼻气味。");
            Assert.False(await citizen.GetByLabel("联系电话").IsVisibleAsync());

            // The proof of work runs in the browser once the form is in use; the widget fills the hidden captcha field.
            await citizen.Locator("altcha-widget input[type=checkbox]").CheckAsync();
            await citizen.WaitForFunctionAsync("() => document.querySelector('input[name=captcha]')?.value?.length > 20", null, new() { Timeout = 30_000 });
            await citizen.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();

            var trackingCode = await citizen.Locator("#tracking-code").InnerTextAsync();
            var accessKey = await citizen.Locator("#access-key").InnerTextAsync();
            Assert.StartsWith("JB", trackingCode);
            Assert.Matches("^[A-Z0-9]{5}(-[A-Z0-9]{5}){3}$", accessKey);

            await Reporting.RouteAsync(portal);

            var staff = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
            await Browser.SignInAsync(staff, address, handler.UserName, handler.Password, handler.AuthenticatorKey);
            await staff.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "举报办理" }).ClickAsync();
            Assert.Contains("四平市铁东区生态环境局", await staff.Locator("#queue-unit").InnerTextAsync());
            var row = staff.Locator("#queue tbody tr", new() { HasText = trackingCode });
            Assert.Contains("签收期限", await row.InnerTextAsync());
            await row.GetByRole(AriaRole.Link, new() { Name = trackingCode }).ClickAsync();
            Assert.Contains("烟囱冒黄烟", await staff.Locator("#report-description").InnerTextAsync());

            await staff.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
            Assert.Contains("承办部门已签收", await staff.Locator("#report-status").InnerTextAsync());
            await staff.GetByLabel("回复举报人").FillAsync("已收到，我局将于本周安排夜间突击检查。");
            await staff.GetByRole(AriaRole.Button, new() { Name = "回复举报人" }).ClickAsync();
            Assert.Contains("夜间突击检查", await staff.Locator("#messages").InnerTextAsync());

            await citizen.GetByRole(AriaRole.Link, new() { Name = "查询办理进度" }).ClickAsync();
            await citizen.GetByLabel("受理编号").FillAsync(trackingCode);
            await citizen.GetByLabel("查询密码").FillAsync(accessKey);
            await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            Assert.Contains("承办部门已签收", await citizen.Locator("#current-status").InnerTextAsync());
            Assert.Contains("四平市铁东区生态环境局", await citizen.Locator("#timeline").InnerTextAsync());
            Assert.Contains("夜间突击检查", await citizen.Locator("#messages").InnerTextAsync());

            await citizen.GetByLabel("留言内容").FillAsync("谢谢，夜里十一点以后最明显。");
            await citizen.GetByRole(AriaRole.Button, new() { Name = "发送留言" }).ClickAsync();
            Assert.Contains("留言已发送", await citizen.Locator("#status-done").InnerTextAsync());

            await staff.ReloadAsync();
            Assert.Contains("夜里十一点以后最明显", await staff.Locator("#messages").InnerTextAsync());
        }
    }
}
