using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Jobs;

[Collection(PortalCollection.Name)]
public class JobsApiTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task An_administrator_runs_each_job_now_and_finds_the_run_in_the_jobs_history(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        foreach (var name in new[] { "deadline-sweep", "report-routing", "mail-outbox", "subscription-digest", "credit-push", "search-index" })
        {
            var run = await Supervising.RunJobAsync(admin, name);
            Assert.Equal(name, run.GetProperty("name").GetString());
        }
        var overview = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs");
        var sweep = overview.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == "deadline-sweep");
        Assert.Contains(sweep.GetProperty("recent").EnumerateArray(), r => r.GetProperty("manual").GetBoolean());
        Assert.Contains(db == "Postgres" ? "PostgreSQL" : "内存", overview.GetProperty("store").GetString());
    }

    [Theory, BothDatabases]
    public async Task An_unknown_job_is_a_Chinese_404_and_only_administrators_may_run_jobs(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        var problem = await (await admin.PostAsync("/api/v1/admin/jobs/no-such-job/run", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("deadline-sweep", problem.GetProperty("detail").GetString());
        var supervisor = await portals[db].CreateStaffAsync("supervisor", "220300", "industry");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.Client.PostAsync("/api/v1/admin/jobs/deadline-sweep/run", null)).StatusCode);
    }
}
