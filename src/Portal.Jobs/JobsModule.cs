using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;

namespace Portal.Jobs;

/// <summary>
/// Contributes the jobs' API to the host's controllers; the scheduler itself is wired by
/// <see cref="JobsRegistration.AddPortalJobs"/>, which needs the host's configuration before the modules run.
/// </summary>
public sealed class JobsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
