using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Jobs;

/// <summary>
/// Contributes the jobs' API and page to the host; the scheduler itself is wired by
/// <see cref="JobsRegistration.AddPortalJobs"/>, which needs the host's configuration before the modules run.
/// </summary>
public sealed class JobsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new BackOfficeLink(Permissions.RunJobs, "/backoffice/jobs", JobsText.PageTitle, 90));
}
