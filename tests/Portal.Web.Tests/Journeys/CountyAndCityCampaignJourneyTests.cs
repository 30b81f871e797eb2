using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Journeys;

/// <summary>
/// The campaign in Chromium: 梨树县's editor records an inspection from the site and sends the ledgers up; 四平市's
/// supervisor draws the spot-check and accepts the ledgers. axe-core finds no serious or critical violation on the way.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class CountyAndCityCampaignJourneyTests
{
    private static readonly string Axe = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    private static async Task<string[]> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Axe });
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }))
                .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0].target.join(' ')} — ${v.help}`)
            """);
        return [.. found.EnumerateArray().Select(v => $"{page.Url}: {v.GetString()}")];
    }

    [Fact]
    public async Task A_county_records_and_sends_up_and_the_city_draws_its_sample_and_accepts_in_a_browser()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var address = portal.StartKestrel();
        var county = await portal.CreateStaffAsync("editor", "220322", "industry");
        var city = await portal.CreateStaffAsync("supervisor", "220300", "industry");
        var code = await portal.RegisterAsync("220322", name: "梨树县浏览器水泥有限公司");
        var other = await portal.RegisterAsync("220322");
        await (await county.Client.PostAsJsonAsync("/api/v1/inspections", new
        {
            enterpriseCreditCode = other, inspectedOn = Enterprises.ChinaToday.ToString("yyyy-MM-dd"), inspectors = "王某",
            items = new[] { new { aspect = "quality", name = "抗压强度", result = "pass" } },
        })).JsonAsync(System.Net.HttpStatusCode.Created);
        var period = $"{Enterprises.ChinaToday.Year}-q4";
        var violations = new List<string>();

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = true });
            var page = await context.NewPageAsync();
            await Browser.SignInAsync(page, address, county.UserName, county.Password, county.AuthenticatorKey);

            await page.GotoAsync(address + "/backoffice/campaign/inspections");
            violations.AddRange(await ViolationsAsync(page));
            await page.GetByLabel("统一社会信用代码").FillAsync(code);
            await page.GetByLabel("检查人员").FillAsync("王某、赵某");
            await page.GetByLabel("第 1 行检查项目名称").FillAsync("吨熟料综合能耗");
            await page.GetByLabel("第 1 行检查结果").SelectOptionAsync("fail");
            await page.GetByLabel("第 1 行实测值").FillAsync("121.5");
            await page.GetByLabel("第 1 行限值").FillAsync("117");
            await page.GetByLabel("第 1 行计量单位").FillAsync("kgce/t");
            await page.GetByRole(AriaRole.Button, new() { Name = "登记检查记录" }).ClickAsync();
            // A failure without an on-site disposal is refused beside the field, with everything typed still there.
            Assert.Contains("现场处置", await page.Locator("#inspection-form").InnerTextAsync());
            Assert.Equal("121.5", await page.GetByLabel("第 1 行实测值").InputValueAsync());
            violations.AddRange(await ViolationsAsync(page));
            await page.GetByLabel("现场处置").FillAsync("责令限期整改。");
            await page.GetByRole(AriaRole.Button, new() { Name = "登记检查记录" }).ClickAsync();
            await page.Locator("#inspection-recorded").WaitForAsync();
            Assert.Equal(2, await page.Locator("#inspections tbody tr").CountAsync());

            await page.GotoAsync(address + "/backoffice/campaign/plan");
            violations.AddRange(await ViolationsAsync(page));
            await page.GotoAsync(address + $"/backoffice/campaign?period={period}");
            violations.AddRange(await ViolationsAsync(page));
            Assert.Equal("2", (await page.Locator("#ledger-tables tr[data-table='1'] td.number").InnerTextAsync()).Trim());
            await page.Locator("#submit-form button").ClickAsync();
            await page.Locator("#ledgers-done").WaitForAsync();

            var cityPage = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = true })).NewPageAsync();
            await Browser.SignInAsync(cityPage, address, city.UserName, city.Password, city.AuthenticatorKey);
            await cityPage.GotoAsync(address + "/backoffice/campaign/spot-checks");
            violations.AddRange(await ViolationsAsync(cityPage));
            await cityPage.GetByLabel("抽查范围").SelectOptionAsync("220322");
            await cityPage.GetByRole(AriaRole.Button, new() { Name = "抽取样本" }).ClickAsync();
            await cityPage.Locator("#spot-check-summary").WaitForAsync();
            Assert.Contains("应检查 2 户，抽取 2 户", await cityPage.Locator("#spot-check-summary").InnerTextAsync());
            violations.AddRange(await ViolationsAsync(cityPage));

            await cityPage.GotoAsync(address + $"/backoffice/campaign?period={period}");
            violations.AddRange(await ViolationsAsync(cityPage));
            Assert.Equal("submitted", await cityPage.Locator("#below-submissions tr[data-region='220322']").GetAttributeAsync("data-status"));
            await cityPage.Locator(".review form[action$='/accept'] button").ClickAsync();
            await cityPage.Locator("#ledgers-done").WaitForAsync();
            Assert.Equal("accepted", await cityPage.Locator("#below-submissions tr[data-region='220322']").GetAttributeAsync("data-status"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
