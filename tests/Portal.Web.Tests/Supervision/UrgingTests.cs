using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Disclosure;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

/// <summary>A supervisor urges (催办) a unit on an open deadline: kept on the item, mailed, shown on the unit's desk until it acts.</summary>
[Collection(PortalCollection.Name)]
public class UrgingTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Theory, BothDatabases]
    public async Task A_city_supervisor_urges_a_county_on_an_unpublished_notice_and_the_editor_reads_it_on_the_desk_and_in_the_mail_until_it_is_published(string db)
    {
        await using var smtp = await SmtpServer.StartAsync();
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("urging") : null;
        await using var portal = new PortalFactory(db, connection, demoData: false, settings: smtp.Settings);
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        var city = await portal.CreateStaffAsync("supervisor", "220300", "government");
        var elsewhere = await portal.CreateStaffAsync("supervisor", "220100", "government");
        using var admin = await portal.AdminClientAsync();
        var creditCode = await portal.RegisterAsync("220322");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var draft = await (await editor.Client.PostAsJsonAsync("/api/v1/announcements",
            Announcements.EnergyRectification(creditCode, today.AddDays(-2).ToString("yyyy-MM-dd"), today.AddMonths(4).ToString("yyyy-MM-dd")))).JsonAsync(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetInt32();
        await Supervising.RunJobAsync(admin, "deadline-sweep");

        // The supervisor's row for the notice's publication deadline carries the way to urge.
        var rows = Parser.ParseDocument(await city.Client.GetStringAsync("/backoffice/supervision/obligations?regionCode=220300&kind=publication&state=open"));
        var row = rows.QuerySelectorAll("#obligations tbody tr").Single(r => r.GetAttribute("data-subject") == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var urgeHref = row.QuerySelector("a.urge")!.GetAttribute("href")!;
        // Without following redirects, to see the form answer with its redirect (the bearer token is not resent on one).
        using var cityPages = portal.PagesClient(city);
        var page = Parser.ParseDocument(await cityPages.GetStringAsync(urgeHref));
        Assert.Equal("尚未催办。", page.QuerySelector("#urge-none")!.TextContent.Trim());
        var token = page.QuerySelector("#urge-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var empty = await cityPages.PostAsync(urgeHref, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["note"] = "  " }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("请填写催办意见。", Parser.ParseDocument(await empty.Content.ReadAsStringAsync()).QuerySelector("#e-note")!.TextContent.Trim());

        const string note = "请于3个工作日内完成公示并报告。";
        var sent = await cityPages.PostAsync(urgeHref, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["note"] = note }));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = Parser.ParseDocument(await cityPages.GetStringAsync(sent.Headers.Location!.OriginalString));
        Assert.Equal("已催办：已通知 1 名经办人员。", after.QuerySelector("#urge-done")!.TextContent.Trim());
        Assert.Contains(note, after.QuerySelector("#urge-history")!.TextContent);

        // The unit's desk and the notice's own page show it, with who urged and the note.
        var desk = Parser.ParseDocument(await editor.Client.GetStringAsync("/backoffice/announcements"));
        var urging = desk.QuerySelector("#urgings")!;
        Assert.Contains(note, urging.TextContent);
        Assert.Contains(city.UserName, urging.TextContent);
        Assert.Equal($"/backoffice/announcements/{id}", urging.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("待办理", urging.TextContent);
        var show = Parser.ParseDocument(await editor.Client.GetStringAsync($"/backoffice/announcements/{id}"));
        Assert.Contains(note, show.QuerySelector("#urgings")!.TextContent);

        // The mail reaches the editor with an absolute link to the unit's own page.
        await Supervising.RunJobAsync(admin, "mail-outbox");
        var mail = Assert.Single(smtp.Messages(), m => m.To.Contains(Supervising.EmailOf(editor), StringComparison.Ordinal));
        Assert.StartsWith("【", mail.Subject);
        Assert.Contains("催办", mail.Subject);
        Assert.Contains(note, mail.Body);
        Assert.Contains($"{SmtpServer.PublicUrl}/backoffice/announcements/{id}", mail.Body);

        // A supervisor of another city cannot urge it, nor can the editor.
        var obligationId = urgeHref.Split('/')[^2];
        await (await elsewhere.Client.PostAsJsonAsync($"/api/v1/supervision/obligations/{obligationId}/urgings", new { note })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.PostAsJsonAsync($"/api/v1/supervision/obligations/{obligationId}/urgings", new { note })).StatusCode);

        // Once published and swept, the desk no longer shows it, the record stays, and a second urging is refused as pointless.
        var published = await editor.Client.PostAsJsonAsync($"/api/v1/announcements/{id}/publish", new { });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        Assert.Null(Parser.ParseDocument(await editor.Client.GetStringAsync("/backoffice/announcements")).QuerySelector("#urgings"));
        var record = await (await city.Client.GetAsync($"/api/v1/supervision/obligations/{obligationId}/urgings")).JsonAsync();
        Assert.False(record.GetProperty("canUrge").GetBoolean());
        Assert.Equal(note, record.GetProperty("urgings")[0].GetProperty("note").GetString());
        Assert.False(record.GetProperty("urgings")[0].GetProperty("open").GetBoolean());
        var again = await (await city.Client.PostAsJsonAsync($"/api/v1/supervision/obligations/{obligationId}/urgings", new { note })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已完成", again.GetProperty("detail").GetString());
    }
}
