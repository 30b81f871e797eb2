using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Pages;

/// <summary>An administrator is told in time that next year's holidays are missing, and not told once they are in.</summary>
[Collection(PortalCollection.Name)]
public class CalendarWarningTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task From_november_the_back_office_asks_for_next_years_holidays_until_they_are_entered()
    {
        var clock = new MovableClock();
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, clock: clock);
        // Signed in on today's clock (the authenticator's codes are real time), then the portal's day is moved.
        using var admin = await portal.AdminClientAsync();
        clock.SetChinaDay(new DateOnly(2026, 10, 20));
        async Task<string?> WarningAsync() =>
            Parser.ParseDocument(await admin.GetStringAsync("/backoffice")).QuerySelector("#calendar-warning")?.TextContent;

        Assert.Null(await WarningAsync());
        clock.SetChinaDay(new DateOnly(2026, 11, 2));
        Assert.Contains("2027", await WarningAsync());

        // The State Council's 2027 notice as an administrator enters it: New Year's Day, the rest are beside the point here.
        var entered = await admin.PutAsJsonAsync("/api/v1/calendar/2027",
            new { year = 2027, restDays = new[] { "2027-01-01" }, workingWeekendDays = Array.Empty<string>(), source = "国办发明电〔2026〕号" });
        await entered.JsonAsync();
        clock.SetChinaDay(new DateOnly(2026, 11, 3));
        Assert.Null(await WarningAsync());
    }

    [Fact]
    public async Task Editors_are_not_shown_the_calendar_warning()
    {
        var clock = new MovableClock();
        await using var portal = new PortalFactory("Sqlite", null, demoData: false, clock: clock);
        var editor = await portal.CreateStaffAsync("editor", "220303", "environment");
        clock.SetChinaDay(new DateOnly(2026, 11, 20));
        Assert.Null(Parser.ParseDocument(await editor.Client.GetStringAsync("/backoffice")).QuerySelector("#calendar-warning"));
    }
}
