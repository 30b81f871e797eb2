using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Disclosure;

/// <summary>A supervisor looks closer at any announcement of the region, a draft included, and changes nothing.</summary>
[Collection(PortalCollection.Name)]
public class SupervisedAnnouncementTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Theory, BothDatabases]
    public async Task A_city_supervisor_reads_a_countys_draft_with_its_history_and_a_supervisor_elsewhere_finds_nothing(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var creditCode = await portal.RegisterAsync("220303");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var draft = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements",
            Announcements.EnergyRectification(creditCode, today.AddDays(-3).ToString("yyyy-MM-dd"), today.AddMonths(4).ToString("yyyy-MM-dd")))).JsonAsync(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetInt32();

        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var seen = await (await city.Client.GetAsync($"/api/v1/supervision/announcements/{id}")).JsonAsync();
        Assert.Equal("draft", seen.GetProperty("status").GetString());
        Assert.Equal("新建草稿", seen.GetProperty("audit")[0].GetProperty("actionName").GetString());
        var page = Parser.ParseDocument(await city.Client.GetStringAsync($"/backoffice/supervision/announcements/{id}"));
        Assert.Equal("草稿", page.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains("新建草稿", page.QuerySelector("#audit")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("#main form[method=post]"));

        // The dashboard's rows lead the supervisor to the same read-only page.
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var rows = Parser.ParseDocument(await city.Client.GetStringAsync("/backoffice/supervision/obligations?regionCode=220300&kind=publication"));
        Assert.Contains(rows.QuerySelectorAll("#obligations a").Select(a => a.GetAttribute("href")), href => href == $"/backoffice/supervision/announcements/{id}");

        var elsewhere = await portal.CreateStaffAsync("supervisor", "220100", "government");
        await (await elsewhere.Client.GetAsync($"/api/v1/supervision/announcements/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync($"/api/v1/supervision/announcements/{id}")).StatusCode);
    }
}
