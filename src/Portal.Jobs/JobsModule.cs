using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Jobs;

/// <summary>Contributes the jobs' admin page and API; the scheduler itself is wired by <see cref="JobsRegistration.AddPortalJobs"/>.</summary>
public sealed class JobsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new BackOfficeLink(Permissions.RunJobs, "/backoffice/jobs", JobsText.PageTitle, 90));
}
