using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class PublicSiteOnPhoneAndPaperJourneyTests
{
    [Fact]
    public async Task On_a_phone_the_yellow_list_reads_as_cards_and_an_announcement_prints_without_navigation()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Site:SiteCode"] = "2200000099", ["Portal:Site:IcpNumber"] = "吉ICP备00000000号-1",
            ["Portal:Site:ContactPhone"] = "0431-00000000", ["Portal:Site:Organizer"] = "吉林省工业和信息化厅",
        };
        await using var portal = new PortalFactory("Sqlite", null, settings: settings);
        var address = portal.StartKestrel();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var phone = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await phone.GotoAsync(address + "/lists/rectification");
            var firstRow = phone.Locator("#list-table tbody tr").First;
            Assert.Equal("block", await firstRow.EvaluateAsync<string>("r => getComputedStyle(r).display"));
            Assert.Equal("absolute", await phone.Locator("#list-table thead").EvaluateAsync<string>("h => getComputedStyle(h).position"));
            var regionCell = firstRow.Locator("td").Nth(1);
            Assert.StartsWith("地区", await regionCell.EvaluateAsync<string>("c => getComputedStyle(c, '::before').content.replaceAll('\"', '')"));
            var cardWidth = await firstRow.EvaluateAsync<double>("r => r.getBoundingClientRect().width");
            Assert.True(cardWidth <= 390, $"a card is {cardWidth}px wide on a 390px screen");
            Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
            await phone.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "yellow-list-phone.png"), FullPage = true });

            // On the report form each choice sits beside its label, not above it.
            await phone.GotoAsync(address + "/report");
            var radio = await phone.Locator("#f-anonymous").BoundingBoxAsync();
            var label = await phone.Locator("label[for=f-anonymous]").BoundingBoxAsync();
            Assert.True(label!.X > radio!.X + radio.Width && Math.Abs(label.Y - radio.Y) < label.Height,
                $"the radio at ({radio.X}, {radio.Y}) and its label at ({label.X}, {label.Y}) are not side by side");
            await phone.GotoAsync(address + "/lists/rectification");

            // The list offers its data: the CSV and the feed carry the list.
            Assert.Contains("list=rectification", await phone.Locator("#list-csv").GetAttributeAsync("href"));
            Assert.Contains("list=rectification", await phone.Locator("#list-feed").GetAttributeAsync("href"));

            // The footer carries the site's registrations from configuration.
            var footer = await phone.Locator(".site-footer").InnerTextAsync();
            Assert.Contains("网站标识码：2200000099", footer);
            Assert.Contains("承办：吉林省工业和信息化厅", footer);
            Assert.Contains("电话：0431-00000000", footer);
            Assert.Equal("https://beian.miit.gov.cn/", await phone.GetByRole(AriaRole.Link, new() { Name = "吉ICP备00000000号-1" }).GetAttributeAsync("href"));

            // On paper: no header, navigation or footer; the print button (shown once the script runs) is not printed either.
            var desk = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
            await desk.GotoAsync(address + "/lists/rectification");
            await desk.Locator("#list-table tbody tr a[href^='/announcements/']").First.ClickAsync();
            Assert.True(await desk.Locator("button[data-print]").IsVisibleAsync());
            await desk.EmulateMediaAsync(new() { Media = Media.Print });
            Assert.False(await desk.Locator(".site-header").IsVisibleAsync());
            Assert.False(await desk.Locator(".lists-nav").IsVisibleAsync());
            Assert.False(await desk.Locator(".site-footer").IsVisibleAsync());
            Assert.False(await desk.Locator("button[data-print]").IsVisibleAsync());
            Assert.True(await desk.Locator("#announcement-meta").IsVisibleAsync());
            var enterpriseLink = desk.Locator("#main a[href^='/enterprises/']").First;
            Assert.Contains("(/enterprises/", await enterpriseLink.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"));
            await desk.PdfAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "announcement-print.pdf") });
        }
    }
}
