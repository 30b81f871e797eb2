using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

[Collection(PortalCollection.Name)]
public class DashboardApiTests(Portals portals)
{
    private static async Task<int> RowsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/supervision/obligations?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, query + " " + await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body.GetProperty("total").GetInt32(), body.GetProperty("items").GetArrayLength());
        return body.GetProperty("total").GetInt32();
    }

    [Theory, BothDatabases]
    public async Task Every_figure_of_the_demo_dashboard_counts_exactly_the_rows_it_drills_down_to(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var province = await portal.CreateStaffAsync("supervisor", "220000", "government");
        var dashboard = await province.Client.GetFromJsonAsync<JsonElement>("/api/v1/supervision/dashboard");

        // The demo has late work to show: a report nobody signed for, notices whose 情况通报 was never recorded.
        Assert.True(dashboard.GetProperty("overdue").GetProperty("value").GetInt32() > 0);
        Assert.Contains(dashboard.GetProperty("overdueByKind").EnumerateArray(), f => f.GetProperty("label").GetString() == "举报签收");

        var figures = new List<JsonElement> { dashboard.GetProperty("overdue"), dashboard.GetProperty("dueSoon") };
        figures.AddRange(dashboard.GetProperty("overdueByKind").EnumerateArray());
        figures.AddRange(dashboard.GetProperty("overdueByRegion").EnumerateArray());
        figures.AddRange(dashboard.GetProperty("overdueByUnit").EnumerateArray());
        foreach (var figure in figures)
        {
            Assert.Equal(figure.GetProperty("value").GetInt32(), await RowsAsync(province.Client, figure.GetProperty("rows").GetString()!));
        }
        Assert.Equal(dashboard.GetProperty("overdue").GetProperty("value").GetInt32(),
            dashboard.GetProperty("overdueByKind").EnumerateArray().Sum(f => f.GetProperty("value").GetInt32()));
        Assert.Equal(dashboard.GetProperty("overdue").GetProperty("value").GetInt32(),
            dashboard.GetProperty("overdueByRegion").EnumerateArray().Sum(f => f.GetProperty("value").GetInt32()));

        foreach (var name in new[] { "publicationTimeliness", "acceptedInTime", "concludedInTime", "realNameChecked" })
        {
            var rate = dashboard.GetProperty(name);
            var numerator = await RowsAsync(province.Client, rate.GetProperty("numeratorRows").GetString()!);
            var denominator = await RowsAsync(province.Client, rate.GetProperty("denominatorRows").GetString()!);
            Assert.Equal(rate.GetProperty("numerator").GetInt32(), numerator);
            Assert.Equal(rate.GetProperty("denominator").GetInt32(), denominator);
            if (denominator > 0)
            {
                Assert.Equal(Math.Round(100m * numerator / denominator, 1), rate.GetProperty("percent").GetDecimal());
            }
        }
        // Demo publications exist, and some were published late or not at all: the share is a real number.
        Assert.True(dashboard.GetProperty("publicationTimeliness").GetProperty("denominator").GetInt32() > 0);
        var median = dashboard.GetProperty("handlingTime");
        Assert.Equal(median.GetProperty("count").GetInt32(), await RowsAsync(province.Client, median.GetProperty("rows").GetString()!));

        // How each unit handles its reports: every share and count drills down to that unit's rows, and the units add up to the whole.
        var units = dashboard.GetProperty("handlingByUnit").EnumerateArray().ToList();
        Assert.NotEmpty(units);
        foreach (var unit in units)
        {
            foreach (var name in new[] { "acceptedInTime", "concludedInTime" })
            {
                var rate = unit.GetProperty(name);
                Assert.Contains($"unitId={unit.GetProperty("unitId").GetInt32()}", rate.GetProperty("denominatorRows").GetString());
                Assert.Equal(rate.GetProperty("numerator").GetInt32(), await RowsAsync(province.Client, rate.GetProperty("numeratorRows").GetString()!));
                Assert.Equal(rate.GetProperty("denominator").GetInt32(), await RowsAsync(province.Client, rate.GetProperty("denominatorRows").GetString()!));
            }
            var own = unit.GetProperty("handlingTime");
            Assert.Equal(own.GetProperty("count").GetInt32(), await RowsAsync(province.Client, own.GetProperty("rows").GetString()!));
        }
        foreach (var name in new[] { "acceptedInTime", "concludedInTime" })
        {
            Assert.Equal(dashboard.GetProperty(name).GetProperty("denominator").GetInt32(), units.Sum(u => u.GetProperty(name).GetProperty("denominator").GetInt32()));
            Assert.Equal(dashboard.GetProperty(name).GetProperty("numerator").GetInt32(), units.Sum(u => u.GetProperty(name).GetProperty("numerator").GetInt32()));
        }
        Assert.Equal(median.GetProperty("count").GetInt32(), units.Sum(u => u.GetProperty("handlingTime").GetProperty("count").GetInt32()));
    }

    [Theory, BothDatabases]
    public async Task The_overdue_rows_download_as_a_spreadsheet_and_a_region_outside_the_supervisors_is_refused(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var csv = await city.Client.GetAsync("/api/v1/supervision/obligations?state=overdue&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("事项类型,事项,对象编号,责任单位", lines[0]);
        Assert.Equal(await RowsAsync(city.Client, "state=overdue"), lines.Length - 1);

        await (await city.Client.GetAsync("/api/v1/supervision/obligations?regionCode=220100")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var problem = await (await city.Client.GetAsync("/api/v1/supervision/obligations?state=late")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("state", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var editor = await portal.CreateStaffAsync("editor", "220300", "industry");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/api/v1/supervision/overdue")).StatusCode);
    }
}
