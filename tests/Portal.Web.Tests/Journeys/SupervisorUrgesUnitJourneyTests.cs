using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.Tests.Disclosure;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Reports;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class SupervisorUrgesUnitJourneyTests
{
    [Fact]
    public async Task A_city_supervisor_follows_a_digest_link_and_an_overdue_row_urges_the_county_and_reads_who_saw_a_reporters_identity()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: smtp.Settings);
        var address = portal.StartKestrel();
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        const string enterprise = "梨树县逾期公示水泥有限公司";
        var creditCode = await portal.RegisterAsync("220322", name: enterprise);
        var inspected = Infrastructure.Enterprises.ChinaToday.AddDays(-40);
        var created = await editor.Client.PostAsJsonAsync("/api/v1/announcements",
            Announcements.EnergyRectification(creditCode, inspected.ToString("yyyy-MM-dd"), inspected.AddMonths(6).ToString("yyyy-MM-dd")));
        var draftId = (await created.JsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();

        // A handler of a county in the city reads a real-name reporter's identity.
        using (var citizen = portal.CreateClient())
        {
            var (code, _) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.RealNameReport(await Reporting.SolveCaptchaAsync(citizen))));
            await Reporting.RouteAsync(portal);
            var reportId = (await Reporting.InQueueAsync(handler.Client, code))!.Value.GetProperty("id").GetInt32();
            await (await handler.Client.PostAsync($"/api/v1/reports/{reportId}/reporter", null)).JsonAsync();
        }
        using (var admin = await portal.AdminClientAsync())
        {
            await Supervising.RunJobAsync(admin, "deadline-sweep");
            await Supervising.RunJobAsync(admin, "mail-outbox");
        }
        var digest = Assert.Single(smtp.Messages(), m => m.To.Contains(Supervising.EmailOf(city), StringComparison.Ordinal));
        var link = Regex.Match(digest.Body, Regex.Escape(SmtpServer.PublicUrl) + @"(/backoffice/supervision/announcements/\d+)").Groups[1].Value;
        Assert.Equal($"/backoffice/supervision/announcements/{draftId}", link);

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
            await Browser.SignInAsync(page, address, city.UserName, city.Password, city.AuthenticatorKey);

            // The digest's link (the site's public address, here the test server's) opens the draft, read-only.
            await page.GotoAsync(address + link);
            Assert.Equal("草稿", (await page.Locator("#status").InnerTextAsync()).Trim());
            Assert.Contains(enterprise, await page.Locator("#main").InnerTextAsync());

            // The dashboard's overdue count leads to the row, and the row to the same item.
            await page.Locator("#backoffice-nav").GetByRole(AriaRole.Link, new() { Name = "督办看板" }).ClickAsync();
            await page.Locator("#figure-overdue").ClickAsync();
            await page.WaitForURLAsync("**/backoffice/supervision/obligations?**");
            var row = page.Locator("#obligations tbody tr", new() { HasText = enterprise }).First;
            await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(enterprise) }).First.ClickAsync();
            // The address is enough: waiting for the load event as well timed out once under CI's load after the page
            // had loaded (its network was idle); the status below waits for the page itself.
            await page.WaitForURLAsync($"**{link}", new() { WaitUntil = WaitUntilState.Commit });
            Assert.Equal("草稿", (await page.Locator("#status").InnerTextAsync()).Trim());
            await page.GoBackAsync();

            // 催办: a note to the county's desk.
            await page.Locator("#obligations tbody tr", new() { HasText = enterprise }).First.Locator("a.urge").ClickAsync();
            await page.GetByLabel("催办意见").FillAsync("已逾期，请于3个工作日内完成公示并书面报告。");
            await page.GetByRole(AriaRole.Button, new() { Name = "发送催办" }).ClickAsync();
            Assert.Contains("已催办", await page.Locator("#urge-done").InnerTextAsync());
            Assert.Contains("已逾期，请于3个工作日内完成公示", await page.Locator("#urge-history").InnerTextAsync());

            // Who read which report's identity in the city, and never the identity itself.
            await page.Locator("#backoffice-nav").GetByRole(AriaRole.Link, new() { Name = "举报人身份查阅记录" }).ClickAsync();
            var log = await page.Locator("#main").InnerTextAsync();
            Assert.Contains(handler.UserName, log);
            Assert.DoesNotContain("王建国", log);
            Assert.DoesNotContain("13904345678", log);

            // The county's editor finds the urging on the desk, with who sent it.
            var county = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
            await Browser.SignInAsync(county, address, editor.UserName, editor.Password, editor.AuthenticatorKey);
            await county.Locator("#backoffice-nav").GetByRole(AriaRole.Link, new() { Name = "公告编辑台" }).ClickAsync();
            var urgings = await county.Locator("#urgings").InnerTextAsync();
            Assert.Contains("已逾期，请于3个工作日内完成公示", urgings);
            Assert.Contains(city.UserName, urgings);
            Assert.Contains("待办理", urgings);
        }
        using (var admin = await portal.AdminClientAsync())
        {
            await Supervising.RunJobAsync(admin, "mail-outbox");
        }
        Assert.Contains(smtp.Messages(), m => m.To.Contains(Supervising.EmailOf(editor), StringComparison.Ordinal) && m.Subject.Contains("催办"));
    }
}
