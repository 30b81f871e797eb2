using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [Theory, BothDatabases]
    public async Task Every_step_and_message_of_a_report_and_its_spent_captcha_are_stored_with_a_day_and_no_time_of_day(string db)
    {
        var portal = portals[db];
        using var citizen = portal.CreateClient();
        var (code, key) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen))));
        await Reporting.RouteAsync(portal);
        await (await citizen.PostAsJsonAsync("/api/v1/reports/messages", new { trackingCode = code, accessKey = key, text = "补充一句：周末夜里也冒烟。" })).JsonAsync();

        await using var scope = portal.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<Portal.Modules.Core.Data.PortalDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var stored = new List<DateTime>();
        foreach (var table in new[] { "ReportEvents", "ReportMessages" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT t.\"At\" FROM \"{table}\" t JOIN \"Reports\" r ON r.\"Id\" = t.\"ReportId\" WHERE r.\"TrackingCode\" = '{code}'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetDateTime(0));
            }
        }

        Assert.Equal(3, stored.Count);
        await using (var spent = connection.CreateCommand())
        {
            // The captcha is spent in the report's own transaction: its expiry must not date the report either.
            spent.CommandText = "SELECT \"ExpiresAt\" FROM \"CaptchaUses\"";
            await using var reader = await spent.ExecuteReaderAsync();
            var any = false;
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetDateTime(0));
                any = true;
            }
            Assert.True(any, "no spent captcha was found");
        }
        Assert.All(stored, at => Assert.Equal(TimeSpan.Zero, DateTime.SpecifyKind(at, DateTimeKind.Utc).AddHours(8).TimeOfDay));
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
