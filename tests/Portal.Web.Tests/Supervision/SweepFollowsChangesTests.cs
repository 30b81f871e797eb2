using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Supervision.Data;
using Portal.Web.Tests.Disclosure;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

/// <summary>
/// The sweep reads everything on the first run of a day and only what changed on the later ones: a change made
/// between two sweeps of one day is followed at once, and a subject that is gone lapses at the next day's full pass.
/// </summary>
[Collection(PortalCollection.Name)]
public class SweepFollowsChangesTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task A_draft_added_between_two_sweeps_of_a_day_owes_its_publication_at_once_and_a_deleted_one_lapses_at_the_next_days_full_pass(string db)
    {
        var connection = db == "Postgres" ? await portals.Cluster.CreateDatabaseAsync("sweep_follows") : null;
        var clock = new MovableClock();
        await using var portal = new PortalFactory(db, connection, demoData: false, clock: clock);
        // Signed in while the clock is the real one (authenticator codes follow real time); the days below are earlier, so
        // the tokens stay valid.
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        using var admin = await portal.AdminClientAsync();
        var creditCode = await portal.RegisterAsync("220322");
        clock.SetChinaDay(new DateOnly(2026, 11, 20));

        async Task<string> DraftAsync()
        {
            var created = await editor.Client.PostAsJsonAsync("/api/v1/announcements", Announcements.EnergyRectification(creditCode, "2026-11-18", "2027-04-30"));
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var first = await DraftAsync();
        var morning = await Supervising.RunJobAsync(admin, "deadline-sweep");
        Assert.StartsWith("全量核对", morning.GetProperty("summary").GetString());
        Assert.Equal(ObligationStatus.Upcoming, (await PublicationAsync(portal, first))!.Status);

        clock.Set(clock.GetUtcNow().AddHours(2));
        var second = await DraftAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await editor.Client.DeleteAsync($"/api/v1/announcements/{first}")).StatusCode);
        var noon = await Supervising.RunJobAsync(admin, "deadline-sweep");

        Assert.StartsWith("增量", noon.GetProperty("summary").GetString());
        Assert.Equal(ObligationStatus.Upcoming, (await PublicationAsync(portal, second))!.Status);
        // Nothing changed on a subject that is gone: the day's later sweeps cannot see it go.
        Assert.Equal(ObligationStatus.Upcoming, (await PublicationAsync(portal, first))!.Status);

        clock.SetChinaDay(new DateOnly(2026, 11, 23));
        var nextMorning = await Supervising.RunJobAsync(admin, "deadline-sweep");

        Assert.StartsWith("全量核对", nextMorning.GetProperty("summary").GetString());
        Assert.Equal(ObligationStatus.Lapsed, (await PublicationAsync(portal, first))!.Status);
        Assert.Equal(ObligationStatus.Upcoming, (await PublicationAsync(portal, second))!.Status);
    }

    private static async Task<Obligation?> PublicationAsync(PortalFactory portal, string announcementId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Obligations().AsNoTracking()
            .SingleOrDefaultAsync(o => o.Kind == Portal.Modules.Disclosure.Deadlines.DisclosureObligations.Publication && o.SubjectId == announcementId);
    }
}
