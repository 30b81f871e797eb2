using System.Text.Json;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.1 A and AA rules, the technical ground GB/T 37668-2019 shares) run in Chromium on every public page
/// and the report form, in Chinese, in 长者模式 and in English: no serious or critical violation.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class PublicPagesAccessibilityTests
{
    private static readonly string Axe = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    [Fact]
    public async Task Every_public_page_and_the_report_form_have_no_serious_or_critical_accessibility_violation()
    {
        await using var portal = new PortalFactory("Sqlite", null);
        var address = portal.StartKestrel();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            // The portal's CSP allows no inline script; axe is put into the page by the test, so the test's browser bypasses it.
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = true });
            var page = await context.NewPageAsync();
            await page.GotoAsync(address + "/lists/rectification");
            var announcement = await page.Locator("#list-table tbody tr a[href^='/announcements/']").First.GetAttributeAsync("href");
            var enterprise = await page.Locator("#list-table tbody tr a[href^='/enterprises/']").First.GetAttributeAsync("href");
            string[] pages =
            [
                "/", "/lists/rectification", "/lists/forced-exit", "/lists/violation", "/lists/elimination", "/lists/compliant",
                announcement!, enterprise!, "/search?q=水泥", "/report", "/report/status", "/report/outcomes", "/report/channels", "/site-map", "/subscriptions/new?list=rectification",
            ];
            var found = new List<string>();
            async Task CheckAsync(IPage on, string path, string how)
            {
                var response = await on.GotoAsync(address + path);
                Assert.True(response!.Ok, $"{path}: {response.Status}");
                await on.AddScriptTagAsync(new() { Path = Axe });
                var violations = await on.EvaluateAsync<JsonElement>("""
                    async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }))
                        .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0].target.join(' ')} — ${v.help}`)
                    """);
                found.AddRange(violations.EnumerateArray().Select(v => $"{path}{how}: {v.GetString()}"));
            }
            foreach (var path in pages)
            {
                await CheckAsync(page, path, "");
            }
            // The main ones again in 长者模式 (larger text, darker colours), and in English (language of the page and its parts).
            string[] again = ["/", "/lists/rectification", announcement!, "/report"];
            await page.GotoAsync(address + "/view/elder?return=/");
            Assert.Equal("elder", await page.EvaluateAsync<string>("() => document.body.className"));
            foreach (var path in again)
            {
                await CheckAsync(page, path, "（长者模式）");
            }
            var english = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", BypassCSP = true })).NewPageAsync();
            foreach (var path in again.Append("/search?q=水泥"))
            {
                await CheckAsync(english, path, " (English)");
                Assert.Equal("en", await english.EvaluateAsync<string>("() => document.documentElement.lang"));
            }
            Assert.True(found.Count == 0, string.Join("\n", found));
        }
    }
}
