using System.Text;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

[Collection(PortalCollection.Name)]
public class ReporterPrivacyTests(Portals portals)
{
    [Fact]
    public async Task The_reporters_address_and_browser_appear_nowhere_in_the_data_directory()
    {
        // SQLite keeps the whole database, its WAL, the uploads and the keys in the data directory.
        var portal = portals["Sqlite"];
        using var citizen = portal.CreateClient();
        const string address = "198.51.100.173";
        const string browser = "Mozilla/5.0 (Linux; Android 14; 举报人手机-XJ7731)";
        citizen.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        citizen.DefaultRequestHeaders.Add("X-Real-IP", address);
        citizen.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0");
        citizen.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", browser);

        var (code, key) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen))));
        await (await Reporting.StatusAsync(citizen, code, key)).JsonAsync();
        await Reporting.RouteAsync(portal);

        var leaks = new List<string>();
        // The report itself must be found by the same scan, or the scan proves nothing.
        var reportFound = false;
        foreach (var file in Directory.EnumerateFiles(portal.DataDirectory, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                bytes = copy.ToArray();
            }
            reportFound |= Contains(bytes, Encoding.UTF8.GetBytes("烟囱冒黄烟"));
            foreach (var needle in new[] { address, "XJ7731" })
            {
                if (Contains(bytes, Encoding.UTF8.GetBytes(needle)) || Contains(bytes, Encoding.Unicode.GetBytes(needle)))
                {
                    leaks.Add($"{Path.GetRelativePath(portal.DataDirectory, file)}: {needle}");
                }
            }
        }
        Assert.True(reportFound, "the scan did not see the report's own text");
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task The_reporters_address_and_browser_appear_in_no_log_entry_at_any_level()
    {
        var logs = new LogCapture();
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, logs: logs);
        using var citizen = portal.CreateClient();
        const string address = "203.0.113.219";
        const string browser = "Mozilla/5.0 (iPhone; 举报人手机-QK4402)";
        citizen.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        citizen.DefaultRequestHeaders.Add("X-Real-IP", address);
        citizen.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", browser);

        var (code, key) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.RealNameReport(await Reporting.SolveCaptchaAsync(citizen))));
        await (await Reporting.StatusAsync(citizen, code, key)).JsonAsync();
        var formPage = await citizen.PostAsync("/report", Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen))));
        Assert.Equal(System.Net.HttpStatusCode.OK, formPage.StatusCode);
        await Reporting.RouteAsync(portal);

        // The capture must have seen this very traffic, or an empty result proves nothing.
        Assert.Contains(logs.Entries, e => e.Contains("/api/v1/reports", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(address, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains("QK4402", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains("13904345678", StringComparison.Ordinal) || e.Contains("王建国", StringComparison.Ordinal));
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
