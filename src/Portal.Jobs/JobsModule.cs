using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Jobs;

/// <summary>
/// Contributes the jobs' API, page and Hangfire's dashboard to the host; Hangfire itself is wired by
/// <see cref="JobsRegistration.AddPortalJobs"/>, which needs the host's configuration before the modules run.
/// </summary>
public sealed class JobsModule : IPortalModule
{
    public const string DashboardPath = "/backoffice/hangfire";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new BackOfficeLink(Permissions.RunJobs, "/backoffice/jobs", JobsText.PageTitle, 90));

    /// <summary>
    /// Hangfire's dashboard, for those who may run jobs, through the portal's own sign-in and its second factor (the
    /// permission policy): queues, retries, failures with their stack, and the servers of the farm.
    /// </summary>
    public void MapRoutes(IEndpointRouteBuilder routes) =>
        routes.MapHangfireDashboardWithAuthorizationPolicy(Permissions.RunJobs, DashboardPath, new DashboardOptions
        {
            AppPath = "/backoffice/jobs",
            DashboardTitle = JobsText.DashboardTitle,
            DisplayStorageConnectionString = false,
            // The dashboard's own forms post with the portal's antiforgery token (Hangfire.AspNetCore asks IAntiforgery).
            IgnoreAntiforgeryToken = false,
        });
}
