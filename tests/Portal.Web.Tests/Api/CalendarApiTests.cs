using System.Net;
using System.Net.Http.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

[Collection(PortalCollection.Name)]
public class CalendarApiTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task A_year_lists_its_weekday_holidays_and_its_make_up_working_weekends(string db)
    {
        using var client = portals[db].CreateClient();
        var body = await (await client.GetAsync("/api/v1/calendar/2025")).JsonAsync();
        Assert.Equal(2025, body.GetProperty("year").GetInt32());
        var rest = body.GetProperty("restDays").EnumerateArray().Select(d => d.GetString()).ToList();
        var working = body.GetProperty("workingWeekendDays").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Equal(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"], working);
        Assert.Contains("2025-10-01", rest);
        Assert.Contains("2025-10-08", rest);
        Assert.DoesNotContain("2025-10-04", rest); // a Saturday inside the holiday rests anyway
        Assert.Equal(["2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03", "2025-02-04"], rest.Take(7));
    }

    [Theory, BothDatabases]
    public async Task Ten_working_days_after_a_Friday_before_the_National_Day_holiday(string db)
    {
        using var client = portals[db].CreateClient();
        var body = await (await client.GetAsync("/api/v1/calendar/add-working-days?from=2025-09-26&days=10")).JsonAsync();
        Assert.Equal("2025-09-26", body.GetProperty("from").GetString());
        Assert.Equal(10, body.GetProperty("days").GetInt32());
        Assert.Equal("2025-10-16", body.GetProperty("date").GetString());
    }

    [Theory, BothDatabases]
    public async Task Zero_days_gives_the_start_day(string db)
    {
        using var client = portals[db].CreateClient();
        var body = await (await client.GetAsync("/api/v1/calendar/add-working-days?from=2026-02-14&days=0")).JsonAsync();
        Assert.Equal("2026-02-14", body.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("Sqlite", "from=2025-13-01&days=3", "from")]
    [InlineData("Postgres", "from=2025-13-01&days=3", "from")]
    [InlineData("Sqlite", "from=2025-09-26&days=-1", "days")]
    [InlineData("Sqlite", "from=2025-09-26&days=abc", "days")]
    [InlineData("Postgres", "from=2025-09-26&days=100000", "days")]
    [InlineData("Sqlite", "days=3", "from")]
    public async Task Bad_input_is_a_400_in_Chinese_naming_the_field(string db, string query, string field)
    {
        using var client = portals[db].CreateClient();
        var problem = await (await client.GetAsync($"/api/v1/calendar/add-working-days?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
    }

    [Theory, BothDatabases]
    public async Task An_administrator_adds_next_year_and_deadlines_follow_it_at_once(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        using var anonymous = portal.CreateClient();
        var year = db == "Sqlite" ? 2031 : 2032;
        // 1 January of both years is a weekday; the invented notice rests 01-01..01-03 and works the Sunday after.
        var firstSunday = Enumerable.Range(4, 7).Select(d => new DateOnly(year, 1, d)).First(d => d.DayOfWeek == DayOfWeek.Sunday);
        var before = await (await anonymous.GetAsync($"/api/v1/calendar/add-working-days?from={year - 1}-12-31&days=1")).JsonAsync();
        Assert.Equal($"{year}-01-01", before.GetProperty("date").GetString());
        Assert.False(before.GetProperty("noticeEntered").GetBoolean());

        var put = await admin.PutAsJsonAsync($"/api/v1/calendar/{year}", new
        {
            restDays = new[] { $"{year}-01-01", $"{year}-01-02", $"{year}-01-03" },
            workingWeekendDays = new[] { firstSunday.ToString("yyyy-MM-dd") },
            source = $"国务院办公厅关于{year}年部分节假日安排的通知",
        });
        await put.JsonAsync();

        var calendar = await (await anonymous.GetAsync($"/api/v1/calendar/{year}")).JsonAsync();
        Assert.Equal([firstSunday.ToString("yyyy-MM-dd")], calendar.GetProperty("workingWeekendDays").EnumerateArray().Select(d => d.GetString()));
        var after = await (await anonymous.GetAsync($"/api/v1/calendar/add-working-days?from={year - 1}-12-31&days=1")).JsonAsync();
        Assert.NotEqual($"{year}-01-01", after.GetProperty("date").GetString());
        Assert.True(DateOnly.Parse(after.GetProperty("date").GetString()!) > new DateOnly(year, 1, 3));
    }

    [Theory, BothDatabases]
    public async Task A_make_up_day_that_is_not_a_weekend_is_refused_and_nothing_changes(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        using var anonymous = portal.CreateClient();
        var beforeCalendar = await (await anonymous.GetAsync("/api/v1/calendar/2026")).Content.ReadAsStringAsync();
        var problem = await (await admin.PutAsJsonAsync("/api/v1/calendar/2026", new { restDays = new[] { "2026-01-01" }, workingWeekendDays = new[] { "2026-01-05" } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("周六或周日", problem.FieldErrors("workingWeekendDays")[0]);
        Assert.Equal(beforeCalendar, await (await anonymous.GetAsync("/api/v1/calendar/2026")).Content.ReadAsStringAsync());
    }

    [Theory, BothDatabases]
    public async Task Only_an_administrator_may_change_the_calendar(string db)
    {
        var portal = portals[db];
        using var anonymous = portal.CreateClient();
        await (await anonymous.PutAsJsonAsync("/api/v1/calendar/2033", new { restDays = Array.Empty<string>() })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var editor = await portal.CreateStaffAsync("editor", "220303", "environment");
        await (await editor.Client.PutAsJsonAsync("/api/v1/calendar/2033", new { restDays = Array.Empty<string>() })).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
