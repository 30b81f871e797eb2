using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Modules.Core.Deadlines;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

[Collection(PortalCollection.Name)]
public class ObligationsApiTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task A_unit_lists_its_own_deadlines_and_may_record_only_those_no_other_record_shows_as_done(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        await Supervising.RunJobAsync(admin, "deadline-sweep");
        var (publication, unit) = await Supervising.FirstOpenAsync(portal, Portal.Modules.Disclosure.Deadlines.DisclosureObligations.Publication);
        var editor = await portal.CreateStaffAsync("editor", unit.RegionCode, unit.KindCode);

        var own = await editor.Client.GetFromJsonAsync<JsonElement>("/api/v1/obligations?all=true");
        Assert.Equal(unit.Name, own.GetProperty("unit").GetString());
        var items = own.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(unit.Id, i.GetProperty("unitId").GetInt32()));
        Assert.Contains(items, i => i.GetProperty("id").GetInt64() == publication.Id);

        // A publication is met by publishing, not by saying so.
        var manual = await editor.Client.PostAsJsonAsync($"/api/v1/obligations/{publication.Id}/fulfilment", new { fulfilledOn = "2026-01-05" });
        var conflict = await manual.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("“公示公告”事项随业务办理自动完成，无需手工登记。", conflict.GetProperty("detail").GetString());

        // Another unit's obligation reads as not there.
        var stranger = await portal.CreateStaffAsync("editor", unit.RegionCode == "220322" ? "220302" : "220322", unit.KindCode);
        var hidden = await stranger.Client.PostAsJsonAsync($"/api/v1/obligations/{publication.Id}/fulfilment", new { fulfilledOn = "2026-01-05" });
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
        var theirs = await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/obligations?all=true");
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == publication.Id);
    }
}
