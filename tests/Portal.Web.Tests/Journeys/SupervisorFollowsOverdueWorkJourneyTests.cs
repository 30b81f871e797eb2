using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class SupervisorFollowsOverdueWorkJourneyTests
{
    [Fact]
    public async Task A_province_supervisor_reads_the_charts_and_follows_the_overdue_count_to_its_rows()
    {
        await using var portal = new PortalFactory("Sqlite", null);
        var address = portal.StartKestrel();
        using (var admin = await portal.AdminClientAsync())
        {
            await Supervising.RunJobAsync(admin, "deadline-sweep");
        }
        var supervisor = await portal.CreateStaffAsync("supervisor", "220000", "government");

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
            var refused = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    refused.Add(message.Text);
                }
            };
            page.PageError += (_, error) => refused.Add(error);
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    refused.Add($"{response.Status} {response.Url}");
                }
            };
            await Browser.SignInAsync(page, address, supervisor.UserName, supervisor.Password, supervisor.AuthenticatorKey);

            // The back office's navigation offers the same link; the journey follows the one among its tasks.
            await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "督办看板" }).ClickAsync();

            // ECharts draws on a canvas under the portal's strict CSP (no inline script or style): nothing refused.
            await page.Locator("#trend-chart[data-ready=true] canvas").WaitForAsync();
            await page.Locator("#region-chart[data-ready=true] canvas").WaitForAsync();
            Assert.True(refused.Count == 0, string.Join("\n", refused));
            Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "supervision-dashboard.png"), FullPage = true });

            var overdue = int.Parse(await page.Locator("#figure-overdue").InnerTextAsync());
            Assert.True(overdue > 0);
            await page.Locator("#figure-overdue").ClickAsync();

            await page.WaitForURLAsync("**/backoffice/supervision/obligations?**");
            Assert.Equal($"共 {overdue} 项", Regex.Match(await page.Locator("#rows-count").InnerTextAsync(), @"共 \d+ 项").Value);
            Assert.Equal(overdue, await page.Locator("#obligations tbody tr").CountAsync());
            Assert.All(await page.Locator("#obligations .countdown").AllInnerTextsAsync(), c => Assert.Matches(@"^逾期 \d+ 个工作日$", c));

            // Narrowing the rows to one kind with the filter form keeps the region and the overdue state.
            await page.GetByLabel("事项类型").SelectOptionAsync("report-acceptance");
            await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            await page.WaitForURLAsync("**kind=report-acceptance**");
            Assert.All(await page.Locator("#obligations tbody td:first-child").AllInnerTextsAsync(), k => Assert.Equal("举报签收", k));
            Assert.Contains("state=overdue", page.Url);
            Assert.Empty(refused);
        }
    }
}
