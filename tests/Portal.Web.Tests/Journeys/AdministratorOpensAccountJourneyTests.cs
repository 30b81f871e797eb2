using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class AdministratorOpensAccountJourneyTests
{
    [Fact]
    public async Task An_administrator_opens_a_handlers_account_the_handler_enrols_forgets_and_resets_the_password_and_is_refused_once_disabled()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, settings: smtp.Settings);
        var address = portal.StartKestrel();
        var userName = "lishu-handler-" + Guid.NewGuid().ToString("N")[..6];
        var email = userName + "@lishu.example.gov.cn";
        const string firstPassword = "梨树县举报受理-初始密码9";
        const string newPassword = "梨树县举报受理-新的密码27";

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var admin = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
            await Browser.SignInAsync(admin, address, portal.AdminUserName, portal.AdminPassword, portal.AdminAuthenticatorKey);
            await admin.Locator("#backoffice-nav").GetByRole(AriaRole.Link, new() { Name = "工作人员账户" }).ClickAsync();
            await admin.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
            await admin.GetByLabel("密码", new() { Exact = true }).FillAsync(firstPassword);
            await admin.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync(email);
            await admin.GetByLabel("角色", new() { Exact = true }).SelectOptionAsync("handler");
            await admin.GetByLabel("所在地区", new() { Exact = true }).SelectOptionAsync("220322");
            await admin.GetByLabel("部门", new() { Exact = true }).SelectOptionAsync("industry");
            await admin.GetByRole(AriaRole.Button, new() { Name = "开通" }).ClickAsync();
            Assert.Contains(userName, await admin.Locator("#main").InnerTextAsync());

            // The handler's first sign-in enrols an authenticator: the key on the page, a code from it, recovery codes.
            var handler = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
            await handler.GotoAsync(address + "/account/sign-in");
            await handler.GetByLabel("用户名").FillAsync(userName);
            await handler.GetByLabel("密码").FillAsync(firstPassword);
            await handler.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            var key = (await handler.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "");
            await handler.GetByLabel("动态验证码").FillAsync(await Totp.FreshCodeAsync(key));
            await handler.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
            Assert.Equal(10, await handler.Locator("#recovery-codes li").CountAsync());
            await handler.GetByRole(AriaRole.Link, new() { Name = "我已保存，进入后台" }).ClickAsync();
            await handler.WaitForURLAsync("**/backoffice");
            await handler.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();

            // Forgotten: a link by e-mail, a new password, and sign-in with it and the authenticator.
            await handler.GotoAsync(address + "/account/sign-in");
            await handler.GetByRole(AriaRole.Link, new() { Name = "忘记密码？" }).ClickAsync();
            await handler.GetByLabel("用户名或电子邮箱").FillAsync(email);
            await handler.GetByRole(AriaRole.Button, new() { Name = "发送重设链接" }).ClickAsync();
            Assert.Contains("30 分钟内有效", await handler.Locator("#reset-requested").InnerTextAsync());
            using (var api = await portal.AdminClientAsync())
            {
                await Supervising.RunJobAsync(api, "mail-outbox");
            }
            var mail = Assert.Single(smtp.Messages(), m => m.To.Contains(email, StringComparison.Ordinal));
            // An absolute link: the site's public address where one is configured, otherwise the address the request came to.
            var resetLink = Regex.Match(mail.Body, @"https?://[^/\s]+(/account/reset-password\?\S+)").Groups[1].Value;
            Assert.NotEmpty(resetLink);
            await handler.GotoAsync(address + resetLink);
            await handler.GetByLabel("新密码").FillAsync(newPassword);
            await handler.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
            Assert.Contains("密码已重设", await handler.Locator("#reset-done").InnerTextAsync());
            await handler.GetByLabel("用户名").FillAsync(userName);
            await handler.GetByLabel("密码").FillAsync(newPassword);
            await handler.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await handler.GetByLabel("动态验证码").FillAsync(await Totp.FreshCodeAsync(key));
            await handler.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
            await handler.WaitForURLAsync("**/backoffice");
            Assert.Contains(userName, await handler.Locator("#staff-who").InnerTextAsync());

            // Changing it again from the back office keeps this session signed in.
            await handler.Locator("#change-password").ClickAsync();
            await handler.GetByLabel("当前密码").FillAsync("不是这个密码-梨树县");
            await handler.GetByLabel("新密码").FillAsync("梨树县举报受理-第三个密码");
            await handler.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
            Assert.Contains("当前密码不正确", await handler.Locator("#e-currentPassword").InnerTextAsync());
            await handler.GetByLabel("当前密码").FillAsync(newPassword);
            await handler.GetByLabel("新密码").FillAsync("梨树县举报受理-第三个密码");
            await handler.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
            Assert.Contains("密码已修改", await handler.Locator("#password-changed").InnerTextAsync());
            Assert.Contains(userName, await handler.Locator("#staff-who").InnerTextAsync());

            // The link works once only.
            var reused = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
            await reused.GotoAsync(address + resetLink);
            await reused.GetByLabel("新密码").FillAsync("又一个新的密码-梨树县33");
            await reused.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
            Assert.Contains("链接无效、已使用或已过期", await reused.Locator("#main").InnerTextAsync());

            // The administrator finds the account by the filters and disables it from its page, which records it;
            // the handler's very next request is refused.
            await admin.GetByLabel("查找（用户名或电子邮箱）").FillAsync("lishu-handler");
            await admin.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            await admin.Locator("#staff-table").GetByRole(AriaRole.Link, new() { Name = userName }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "停用", Exact = true }).ClickAsync();
            Assert.Equal("已停用", await admin.Locator("#staff-state").InnerTextAsync());
            var history = await admin.Locator("#staff-audit").InnerTextAsync();
            Assert.Contains("停用账户", history);
            Assert.Contains("开通账户", history);
            Assert.Contains("通过邮件链接重设密码", history);
            var answer = await handler.GotoAsync(address + "/backoffice/reports");
            Assert.True(answer!.Url.Contains("/account/sign-in") || answer.Status == 403, answer.Url);
            Assert.Equal(0, await handler.Locator("#staff-who").CountAsync());
        }
    }
}
