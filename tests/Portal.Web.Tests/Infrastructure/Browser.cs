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
}
