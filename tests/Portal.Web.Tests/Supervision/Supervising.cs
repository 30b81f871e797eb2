using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Supervision;

/// <summary>What the supervision tests do through the API, as an administrator or a supervisor would.</summary>
public static class Supervising
{
    /// <summary>POST /api/v1/admin/jobs/{name}/run: runs the job now and answers when it has finished.</summary>
    public static async Task<JsonElement> RunJobAsync(HttpClient admin, string name)
    {
        var response = await admin.PostAsync($"/api/v1/admin/jobs/{name}/run", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(run.GetProperty("result").GetString() is "succeeded" or "skipped", run.ToString());
        return run;
    }

    public static async Task<JsonElement[]> OverdueAsync(HttpClient supervisor, string? regionCode = null)
    {
        var response = await supervisor.GetAsync("/api/v1/supervision/overdue" + (regionCode is null ? "" : $"?regionCode={regionCode}"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }

    public static string EmailOf(PortalFactory.Staff staff) => $"{staff.UserName}@example.gov.cn";
}
