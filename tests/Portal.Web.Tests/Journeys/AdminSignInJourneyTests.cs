using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class AdminSignInJourneyTests
{
    [Fact]
    public async Task The_first_administrator_signs_in_with_TOTP_from_the_home_page_and_reaches_the_back_office()
    {
        await using var portal = new PortalFactory("Sqlite", null);
        var address = portal.StartKestrel();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await page.GotoAsync(address + "/");
            Assert.Equal("首页 - 落后产能退出信息公开与举报平台", await page.TitleAsync());

            await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" }).ClickAsync();
            await page.GetByLabel("用户名").FillAsync(portal.AdminUserName);
            await page.GetByLabel("密码").FillAsync(portal.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

            await page.WaitForURLAsync("**/account/two-factor**");
            await page.GetByLabel("动态验证码").FillAsync("000000" == Totp.Code(portal.AdminAuthenticatorKey) ? "111111" : "000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
            Assert.Contains("动态验证码不正确", await page.Locator(".form-errors").InnerTextAsync());

            await page.GetByLabel("动态验证码").FillAsync(await Totp.FreshCodeAsync(portal.AdminAuthenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();

            await page.WaitForURLAsync("**/backoffice");
            Assert.Equal("工作台", (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Equal("吉林省人民政府", (await page.Locator("#staff-unit").InnerTextAsync()).Trim());
            Assert.Equal("工作台", (await page.Locator(".staff-link").InnerTextAsync()).Trim());
            await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "工作日日历" }).ClickAsync();
            Assert.Contains("2026", await page.Locator("table.data").InnerTextAsync());

            // The 2027 notice is not out yet; an administrator enters it the day it is, without a release, as the notice lays it out.
            await page.GetByLabel("年份", new() { Exact = true }).FillAsync("2027");
            await page.GetByRole(AriaRole.Button, new() { Name = "打开" }).ClickAsync();
            await page.GetByLabel("第1个 节日").FillAsync("元旦");
            await page.GetByLabel("第1个 放假开始").FillAsync("2027-01-01");
            await page.GetByLabel("第1个 放假结束").FillAsync("2027-01-03");
            await page.GetByLabel("第2个 节日").FillAsync("春节");
            await page.GetByLabel("第2个 放假开始").FillAsync("2027-02-06");
            await page.GetByLabel("第2个 放假结束").FillAsync("2027-02-13");
            await page.GetByLabel("第1个调休上班日").FillAsync("2027-02-15");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存该年安排" }).ClickAsync();
            Assert.Contains("2027-02-15 不是周六或周日", await page.Locator(".field-error").First.InnerTextAsync());
            Assert.Equal("春节", await page.GetByLabel("第2个 节日").InputValueAsync());

            await page.GetByLabel("第1个调休上班日").FillAsync("2027-02-14");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存该年安排" }).ClickAsync();
            Assert.Contains("已保存 2027 年节假日安排", await page.Locator(".notice.success").InnerTextAsync());
            Assert.Contains("春节 02-06–02-13", await page.Locator("table.data tbody tr").First.InnerTextAsync());

            await page.GotoAsync(address + "/backoffice/staff");
            await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("tiedong-editor");
            await page.GetByLabel("密码").FillAsync("太短了");
            await page.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync("editor@example.gov.cn");
            await page.GetByLabel("角色", new() { Exact = true }).SelectOptionAsync("editor");
            await page.GetByLabel("所在地区").SelectOptionAsync("220303");
            await page.GetByLabel("部门").SelectOptionAsync("environment");
            await page.GetByRole(AriaRole.Button, new() { Name = "开通" }).ClickAsync();
            Assert.Contains("至少需要 12 个字符", string.Join(" ", await page.Locator(".field-error").AllInnerTextsAsync()));

            await page.GetByLabel("密码").FillAsync("铁东区生态环境局编辑专用");
            await page.GetByRole(AriaRole.Button, new() { Name = "开通" }).ClickAsync();
            Assert.Contains("已开通账户 tiedong-editor", await page.Locator(".notice.success").InnerTextAsync());
            Assert.Contains("四平市铁东区生态环境局", await page.Locator("#staff-table").InnerTextAsync());
        }
    }

    [Fact]
    public async Task An_administrator_without_an_authenticator_must_enrol_before_the_back_office()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, enrolledAdmin: false);
        var address = portal.StartKestrel();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
            await page.GotoAsync(address + "/backoffice");
            await page.GetByLabel("用户名").FillAsync(portal.AdminUserName);
            await page.GetByLabel("密码").FillAsync(portal.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

            await page.WaitForURLAsync("**/account/authenticator");
            var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", string.Empty);
            await page.GetByLabel("动态验证码").FillAsync(await Totp.FreshCodeAsync(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();

            Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = "我已保存，进入后台" }).ClickAsync();
            await page.WaitForURLAsync("**/backoffice");
            Assert.Equal("工作台", (await page.Locator("h1").InnerTextAsync()).Trim());
        }
    }
}
