using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Departments;
using Portal.Modules.Supervision.Data;
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

    /// <summary>The first open obligation of a kind after a sweep, with its responsible unit, to act as that unit.</summary>
    public static async Task<(Obligation Obligation, DepartmentUnit Unit)> FirstOpenAsync(PortalFactory portal, ObligationKind kind)
    {
        using var scope = portal.Services.CreateScope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var obligation = await data.Obligations().AsNoTracking()
            .Where(o => o.Kind == kind && o.MetOn == null && o.Status != ObligationStatus.Lapsed)
            .OrderBy(o => o.Id).FirstAsync();
        return (obligation, await data.DepartmentUnits.AsNoTracking().SingleAsync(u => u.Id == obligation.UnitId));
    }
}
