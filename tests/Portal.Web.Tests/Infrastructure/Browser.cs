using Microsoft.Playwright;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright; its own browser download cannot work on these machines.</summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Signs a staff member in as a person does: user name and password, then the authenticator's code.</summary>
    public static async Task SignInAsync(IPage page, string address, string userName, string password, string authenticatorKey)
    {
        await page.GotoAsync(address + "/account/sign-in");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // The address, not a load event: under CI's load the page can have loaded before the wait began, and the next
        // locator waits for what it needs anyway.
        await page.WaitForURLAsync("**/account/two-factor**", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByLabel("动态验证码").FillAsync(await Totp.FreshCodeAsync(authenticatorKey));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice", new() { WaitUntil = WaitUntilState.Commit });
    }
}

/// <summary>
/// The browser journeys run one after another: each starts a portal and a Chromium, and several at once on two cores
/// made a sign-in wait past Playwright's 30 s.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys
{
    public const string Name = "Browser journeys";
}
