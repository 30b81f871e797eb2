using System.Net;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Pages;

/// <summary>Next year's holidays entered as the notice lays them out: each holiday's first and last day off, the make-up weekend days.</summary>
[Collection(PortalCollection.Name)]
public class CalendarYearFormTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task An_administrator_enters_a_years_holidays_with_date_pickers_and_a_make_up_day_on_a_weekday_is_refused(string db)
    {
        var portal = portals[db];
        var admin = new PortalFactory.Staff(portal.AdminUserName, portal.AdminPassword, portal.AdminAuthenticatorKey, await portal.AdminClientAsync());
        using var pages = portal.PagesClient(admin);
        var form = await pages.PageAsync("/backoffice/calendar/2037");
        Assert.Equal("date", form.QuerySelector("input[name='holidays[0].from']")!.GetAttribute("type"));

        List<KeyValuePair<string, string>> Fields(string makeUp) =>
        [
            new("holidays[0].name", "元旦"), new("holidays[0].from", "2037-01-01"), new("holidays[0].to", "2037-01-01"),
            new("holidays[1].name", "春节"), new("holidays[1].from", "2037-02-15"), new("holidays[1].to", "2037-02-21"),
            new("holidays[2].name", ""), new("holidays[2].from", ""), new("holidays[2].to", ""),
            new("makeUpDays[0]", "2037-02-14"), new("makeUpDays[1]", makeUp),
            new("noticeNumber", "国办发明电〔2036〕9号"), new("noticeDate", "2036-11-12"),
        ];

        var refused = await pages.SubmitAsync(form, "#calendar-year", Fields("2037-02-16"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await refused.DocumentAsync();
        Assert.Contains("2037-02-16 不是周六或周日", again.QuerySelector("#e-workingWeekendDays")!.TextContent);
        Assert.Equal("春节", again.QuerySelector("input[name='holidays[1].name']")!.GetAttribute("value"));

        var backwards = await pages.SubmitAsync(form, "#calendar-year",
            [new("holidays[0].name", "国庆节"), new("holidays[0].from", "2037-10-07"), new("holidays[0].to", "2037-10-01")]);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("国庆节的放假结束日期不能早于开始日期", (await backwards.DocumentAsync()).QuerySelector("#e-holidays\\[0\\]\\.to")!.TextContent);

        var saved = await pages.SubmitAsync(form, "#calendar-year", Fields("2037-02-28"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var year = await (await pages.GetAsync("/api/v1/calendar/2037")).JsonAsync();
        Assert.True(year.GetProperty("noticeEntered").GetBoolean());
        // The weekdays off: New Year's Day and the five of the Spring Festival's week (its weekend is off anyway).
        Assert.Equal(["2037-01-01", "2037-02-16", "2037-02-17", "2037-02-18", "2037-02-19", "2037-02-20"],
            year.GetProperty("restDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2037-02-14", "2037-02-28"], year.GetProperty("workingWeekendDays").EnumerateArray().Select(d => d.GetString()));

        // Opened again, the year reads back as the notice was entered: one row per holiday, the notice's number kept in its source.
        var reopened = await pages.PageAsync("/backoffice/calendar/2037");
        Assert.Equal("2037-02-21", reopened.QuerySelector("input[name='holidays[1].to']")!.GetAttribute("value"));
        Assert.Equal("", reopened.QuerySelector("input[name='holidays[2].name']")!.GetAttribute("value") ?? "");
        Assert.Contains("国办发明电〔2036〕9号", reopened.QuerySelector("#calendar-source")!.TextContent);

        // Deadlines count on it at once: from the Friday before the Spring Festival, one working day is the make-up Saturday.
        var next = await (await pages.GetAsync("/api/v1/calendar/add-working-days?from=2037-02-13&days=1")).JsonAsync();
        Assert.Equal("2037-02-14", next.GetProperty("date").GetString());
    }
}
