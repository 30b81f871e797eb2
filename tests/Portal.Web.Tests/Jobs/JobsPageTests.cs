using System.Net;
using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Jobs;

[Collection(PortalCollection.Name)]
public class JobsPageTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Theory, BothDatabases]
    public async Task An_administrator_sees_every_job_runs_the_sweep_from_its_page_and_finds_the_run_in_the_history(string db)
    {
        var portal = portals[db];
        using var admin = await portal.AdminClientAsync();
        var page = Parser.ParseDocument(await admin.GetStringAsync("/backoffice/jobs"));
        Assert.Equal(["report-routing", "deadline-sweep", "mail-outbox", "subscription-digest", "credit-push", "enterprise-import", "search-index"],
            page.QuerySelectorAll("#jobs tbody tr").Select(r => r.GetAttribute("data-job")));
        Assert.Contains(db == "Postgres" ? "PostgreSQL 集群" : "内存", page.QuerySelector("#jobs-store")!.TextContent);
        // The search index is each node's own: its row says where this node's index stands, not that it never ran.
        Assert.StartsWith("本节点", page.QuerySelector("#jobs tr[data-job='search-index'] #index-state")!.TextContent);
        var form = page.QuerySelector("#jobs tr[data-job='deadline-sweep'] form")!;
        var before = page.QuerySelectorAll("#job-history tr[data-job='deadline-sweep']").Length;

        var ran = await admin.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        var after = Parser.ParseDocument(await ran.Content.ReadAsStringAsync());
        Assert.StartsWith("已运行“期限巡检”：成功", after.QuerySelector("#job-ran")!.TextContent.Trim());
        var history = after.QuerySelectorAll("#job-history tr[data-job='deadline-sweep']");
        Assert.True(history.Length > before || before == 10, $"{before} → {history.Length}");
        Assert.Contains("手动", history[0].TextContent);
    }

    [Theory, BothDatabases]
    public async Task Only_administrators_reach_the_jobs_page_and_an_unknown_job_is_named_in_chinese(string db)
    {
        var portal = portals[db];
        var supervisor = await portal.CreateStaffAsync("supervisor", "220000", "government");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.Client.GetAsync("/backoffice/jobs")).StatusCode);

        using var admin = await portal.AdminClientAsync();
        var page = Parser.ParseDocument(await admin.GetStringAsync("/backoffice/jobs"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var unknown = await admin.PostAsync("/backoffice/jobs/no-such-job/run",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var answer = Parser.ParseDocument(await unknown.Content.ReadAsStringAsync());
        Assert.StartsWith("没有名为“no-such-job”的后台任务", answer.QuerySelector("#job-problem")!.TextContent.Trim());
    }

    [Theory, BothDatabases]
    public async Task Hangfires_dashboard_opens_for_administrators_through_the_portals_sign_in_and_for_nobody_else(string db)
    {
        var portal = portals[db];
        using var anonymous = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await anonymous.GetAsync("/backoffice/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/sign-in", redirect.Headers.Location!.PathAndQuery);
        var supervisor = await portal.CreateStaffAsync("supervisor", "220000", "government");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.Client.GetAsync("/backoffice/hangfire")).StatusCode);

        using var admin = await portal.AdminClientAsync();
        var recurring = await admin.GetAsync("/backoffice/hangfire/servers");

        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        var page = Parser.ParseDocument(await recurring.Content.ReadAsStringAsync());
        Assert.Contains("后台任务 · Hangfire", page.Title);
        // The jobs page links to it, and the dashboard's own way back leads to the jobs page.
        var jobs = Parser.ParseDocument(await admin.GetStringAsync("/backoffice/jobs"));
        Assert.Equal("/backoffice/hangfire", jobs.QuerySelector("#hangfire-dashboard")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='/backoffice/jobs']"));
    }
}
