using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class EditorPublishesYellowListJourneyTests
{
    [Fact]
    public async Task An_editor_publishes_a_rectification_notice_with_two_indicators_and_the_public_finds_it_on_the_yellow_list_and_the_enterprise_page()
    {
        await using var portal = new PortalFactory("Sqlite", null);
        var address = portal.StartKestrel();
        var editor = await portal.CreateStaffAsync("editor", "220303", "environment");
        var code = await portal.RegisterAsync("220303", name: "四平市铁东区旅程水泥有限公司");
        var inspected = Enterprises.ChinaToday.AddDays(-3);

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
            await Browser.SignInAsync(page, address, editor.UserName, editor.Password, editor.AuthenticatorKey);

            await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "公告编辑台" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "新建公告" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "限期整改公示（黄牌）" }).ClickAsync();

            await page.GetByLabel("企业统一社会信用代码").FillAsync(code);
            await page.GetByLabel("检查（验收）完成日期").FillAsync(inspected.ToString("yyyy-MM-dd"));
            await page.GetByLabel("检查维度").SelectOptionAsync("environment");
            await page.GetByLabel("第1项 指标名称").FillAsync("窑尾颗粒物排放浓度");
            await page.GetByLabel("第1项 检测值（监测值）").FillAsync("45");
            await page.GetByLabel("第1项 标准规定值").FillAsync("30");
            await page.GetByLabel("第1项 单位").FillAsync("mg/m³");
            await page.GetByLabel("第2项 指标名称").FillAsync("窑尾氮氧化物排放浓度");
            await page.GetByLabel("第2项 检测值（监测值）").FillAsync("520");
            await page.GetByLabel("第2项 标准规定值").FillAsync("400");
            await page.GetByLabel("第2项 单位").FillAsync("mg/m³");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

            // Requirements and deadline were left out: the form says so next to the fields and keeps what was typed.
            Assert.Contains("请填写整改（退出）要求", await page.Locator("[data-field=requirements]").InnerTextAsync());
            Assert.Contains("企业的整改（退出）期限", await page.Locator("[data-field=deadline]").InnerTextAsync());
            Assert.Equal("45", await page.GetByLabel("第1项 检测值（监测值）").InputValueAsync());

            await page.GetByLabel("整改（退出）要求").FillAsync("限制生产，更换窑尾除尘和脱硝设施，整改完成后申请监测验收。");
            await page.GetByLabel("整改（退出）期限").FillAsync(inspected.AddMonths(3).ToString("yyyy-MM-dd"));
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

            Assert.Contains("已保存草稿", await page.Locator("#done").InnerTextAsync());
            Assert.Equal("草稿", (await page.Locator("#status").InnerTextAsync()).Trim());
            Assert.Contains("剩", await page.Locator("#countdown").InnerTextAsync());
            Assert.Equal(2, await page.Locator("#preview #indicators tbody tr").CountAsync());

            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
            Assert.Contains("已发布", await page.Locator("#done").InnerTextAsync());
            Assert.Equal("已发布", (await page.Locator("#status").InnerTextAsync()).Trim());

            var visitor = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await visitor.GotoAsync(address + "/");
            await visitor.GetByRole(AriaRole.Link, new() { Name = "整改（黄牌）" }).First.ClickAsync();
            await visitor.GetByLabel("地区", new() { Exact = true }).SelectOptionAsync("220300");
            await visitor.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            var row = visitor.Locator("#list-table tbody tr", new() { HasText = "四平市铁东区旅程水泥有限公司" });
            Assert.Contains("在黄牌名单", await row.InnerTextAsync());

            await row.GetByRole(AriaRole.Link, new() { Name = "四平市铁东区旅程水泥有限公司", Exact = true }).ClickAsync();
            Assert.Contains("目前在黄牌", await visitor.Locator("#list-status").InnerTextAsync());
            Assert.Contains("列入黄牌名单", await visitor.Locator("#timeline").InnerTextAsync());

            await visitor.Locator("#timeline a").First.ClickAsync();
            Assert.Contains("窑尾氮氧化物排放浓度", await visitor.Locator("#indicators").InnerTextAsync());
            Assert.Contains("四平市铁东区生态环境局", await visitor.Locator("#announcement-meta").InnerTextAsync());
        }
    }
}
