using System.Text.Json;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.1 A and AA rules, the technical ground GB/T 37668-2019 shares) run in Chromium on every public page
/// and the report form: no serious or critical violation.
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
                announcement!, enterprise!, "/search?q=水泥", "/report", "/report/status", "/report/outcomes", "/report/channels", "/site-map",
            ];
            var found = new List<string>();
            // Every page as most people see it, then the main ones again in 长者模式 (larger text, darker colours).
            string[] elderPages = ["/", "/lists/rectification", announcement!, "/report"];
            foreach (var (path, elder) in pages.Select(p => (p, false)).Concat(elderPages.Select(p => (p, true))))
            {
                if (elder && path == elderPages[0])
                {
                    await page.GotoAsync(address + "/view/elder?return=/");
                    Assert.Equal("elder", await page.EvaluateAsync<string>("() => document.body.className"));
                }
                var response = await page.GotoAsync(address + path);
                Assert.True(response!.Ok, $"{path}: {response.Status}");
                await page.AddScriptTagAsync(new() { Path = Axe });
                var violations = await page.EvaluateAsync<JsonElement>("""
                    async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }))
                        .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0].target.join(' ')} — ${v.help}`)
                    """);
                found.AddRange(violations.EnumerateArray().Select(v => $"{path}{(elder ? "（长者模式）" : "")}: {v.GetString()}"));
            }
            Assert.True(found.Count == 0, string.Join("\n", found));
        }
    }
}
