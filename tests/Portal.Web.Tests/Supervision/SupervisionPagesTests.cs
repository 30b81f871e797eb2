using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portal.Modules.Core.Deadlines;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

[Collection(PortalCollection.Name)]
public class SupervisionPagesTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url}: {response.StatusCode} {html[..Math.Min(html.Length, 400)]}");
        return Parser.ParseDocument(html);
    }

    private static int RowCount(IHtmlDocument rows) =>
        int.Parse(Regex.Match(rows.QuerySelector("#rows-count")!.TextContent, @"共 (\d+) 项").Groups[1].Value);

    [Theory, BothDatabases]
    public async Task Every_number_on_the_dashboard_page_opens_a_page_listing_that_many_rows(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var province = await portal.CreateStaffAsync("supervisor", "220000", "government");

        var dashboard = await PageAsync(province.Client, "/backoffice/supervision");

        Assert.Contains("吉林省", dashboard.QuerySelector("#dashboard-scope")!.TextContent);
        Assert.True(int.Parse(dashboard.QuerySelector("#figure-overdue")!.TextContent) > 0);
        var numbers = dashboard.QuerySelectorAll("#dashboard a[href^='/backoffice/supervision/obligations?']")
            .OfType<IHtmlAnchorElement>()
            .Where(a => Regex.IsMatch(a.TextContent.Trim(), @"^\(?（?\d+"))
            .ToList();
        // Headline figures, four rates (numerator and denominator), the median's count, each kind, region and unit, 12 months × 5 series.
        Assert.True(numbers.Count >= 2 + 8 + 1 + 3 + 60, $"{numbers.Count} linked numbers");
        var checkedLinks = new Dictionary<string, int>();
        foreach (var a in numbers)
        {
            var expected = int.Parse(Regex.Match(a.TextContent, @"\d+").Value);
            var href = a.GetAttribute("href")!;
            if (!checkedLinks.TryGetValue(href, out var count))
            {
                checkedLinks[href] = count = RowCount(await PageAsync(province.Client, href));
            }
            Assert.True(expected == count, $"{a.TextContent.Trim()} → {href} lists {count}");
        }

        var trend = dashboard.QuerySelectorAll("#trend tbody tr");
        Assert.Equal(12, trend.Length);
        var chart = JsonDocument.Parse(dashboard.QuerySelector("#trend-data")!.TextContent).RootElement;
        Assert.Equal(trend.Select(r => r.GetAttribute("data-month")), chart.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        var overdueSeries = chart.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "逾期");
        Assert.Equal(trend.Select(r => int.Parse(r.QuerySelectorAll("td a")[4].TextContent)), overdueSeries.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()));

        // The chart library is served by the portal itself (restored from npm by the build), not from a CDN.
        var scripts = dashboard.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        var echarts = scripts.Single(s => s.Contains("echarts"));
        Assert.StartsWith("/_content/Portal.Modules.Supervision/lib/echarts/", echarts);
        var library = await province.Client.GetAsync(echarts);
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("echarts", await library.Content.ReadAsStringAsync());
    }

    [Theory, BothDatabases]
    public async Task A_city_supervisor_can_open_a_county_dashboard_but_not_another_city_and_an_editor_none(string db)
    {
        var portal = portals[db];
        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");

        var mine = await PageAsync(city.Client, "/backoffice/supervision");
        var counties = mine.QuerySelectorAll("#child-regions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/backoffice/supervision?regionCode=220322", counties);
        var county = await PageAsync(city.Client, "/backoffice/supervision?regionCode=220322");
        Assert.Contains("梨树县", county.QuerySelector("#dashboard-scope")!.TextContent);
        Assert.Contains("/backoffice/supervision?regionCode=220300", county.QuerySelectorAll(".region-trail a").Select(a => a.GetAttribute("href")));

        var elsewhere = await PageAsync(city.Client, "/backoffice/supervision?regionCode=220100", HttpStatusCode.Forbidden);
        Assert.Equal("行政区划 220100 不在您所在单位的督办范围内。", elsewhere.QuerySelector("#refused")!.TextContent.Trim());
        var rowsElsewhere = await PageAsync(city.Client, "/backoffice/supervision/obligations?regionCode=220100&state=overdue", HttpStatusCode.Forbidden);
        Assert.NotNull(rowsElsewhere.QuerySelector("#refused"));
        var badState = await PageAsync(city.Client, "/backoffice/supervision/obligations?state=late", HttpStatusCode.BadRequest);
        Assert.Contains("状态“late”无效", badState.QuerySelector("#refused")!.TextContent);

        var editor = await portal.CreateStaffAsync("editor", "220300", "industry");
        var denied = await editor.Client.GetAsync("/backoffice/supervision");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var home = await PageAsync(editor.Client, "/backoffice");
        var tasks = home.QuerySelectorAll(".tasks a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/backoffice/obligations", tasks);
        Assert.DoesNotContain("/backoffice/supervision", tasks);
        Assert.Contains("/backoffice/supervision", (await PageAsync(city.Client, "/backoffice")).QuerySelectorAll(".tasks a").Select(a => a.GetAttribute("href")));
    }

    [Theory, BothDatabases]
    public async Task The_drill_down_downloads_the_same_rows_as_a_spreadsheet(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var rows = await PageAsync(city.Client, "/backoffice/supervision/obligations?state=overdue");
        var csvLink = rows.QuerySelector("#rows-csv")!.GetAttribute("href")!;
        Assert.Contains("state=overdue", csvLink);

        var csv = await city.Client.GetAsync(csvLink);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RowCount(rows), lines.Length - 1);
        var titles = rows.QuerySelectorAll("#obligations tbody tr td:nth-child(2) > :first-child").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(RowCount(rows), titles.Count);
        // The rows never lead to pages only the responsible unit may open; where the subject's module offers a
        // supervisor a read-only view, they lead there.
        Assert.All(rows.QuerySelectorAll("#obligations tbody a").Select(a => a.GetAttribute("href")!), href => Assert.StartsWith("/backoffice/supervision/", href));
        Assert.All(titles, t => Assert.Contains(t, text));
    }

    [Theory, BothDatabases]
    public async Task A_unit_records_its_notification_as_sent_and_a_date_in_the_future_is_refused_with_what_was_typed_kept(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var (notification, unit) = await Supervising.FirstOpenAsync(portal, Portal.Modules.Disclosure.Deadlines.DisclosureObligations.Notification);
        var editor = await portal.CreateStaffAsync("editor", unit.RegionCode, unit.KindCode);
        // A client that does not follow redirects by itself: HttpClient drops the bearer header when it does.
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = editor.Client.DefaultRequestHeaders.Authorization;

        var page = await PageAsync(client, "/backoffice/obligations");
        Assert.Equal(unit.Name, page.QuerySelector("#unit-name")!.TextContent.Trim());
        var form = page.QuerySelector($"#fulfil-{notification.Id}")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var action = form.GetAttribute("action")!;
        var tomorrow = Portal.Modules.Core.Common.ChinaTime.Today(TimeProvider.System).AddDays(1);

        var refused = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["fulfilledOn"] = $"{tomorrow:yyyy-MM-dd}", ["note"] = "市政府办公室已转发通报",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = Parser.ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.StartsWith("完成日期不能晚于今天", again.QuerySelector($"#fulfil-{notification.Id} #e-fulfilledOn")!.TextContent);
        Assert.Equal("市政府办公室已转发通报", again.QuerySelector($"#note-{notification.Id}")!.TextContent);

        var today = tomorrow.AddDays(-1);
        var accepted = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["fulfilledOn"] = $"{today:yyyy-MM-dd}", ["note"] = "市政府办公室已转发通报",
        }));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var done = await PageAsync(client, accepted.Headers.Location!.OriginalString);
        Assert.Contains(notification.Title, done.QuerySelector("#fulfil-done")!.TextContent);
        Assert.Null(done.QuerySelector($"#fulfil-{notification.Id}"));
        var all = await PageAsync(editor.Client, "/backoffice/obligations?all=true");
        Assert.Contains(editor.UserName, all.QuerySelector($".fulfilled[data-id='{notification.Id}']")!.TextContent);
        Assert.Contains("已完成", all.QuerySelector($"#obligations tr[data-id='{notification.Id}']")!.TextContent);

        var other = await portal.CreateStaffAsync("editor", unit.RegionCode == "220322" ? "220302" : "220322", unit.KindCode);
        var otherPage = await PageAsync(other.Client, "/backoffice/obligations?all=true");
        Assert.Null(otherPage.QuerySelector($"#obligations tr[data-id='{notification.Id}']"));
    }
}
