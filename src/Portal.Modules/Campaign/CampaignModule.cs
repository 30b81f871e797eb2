using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign;

/// <summary>
/// The yearly campaign behind the announcements (seeds 000 五 and 002 三): the counties' inspection records, and in
/// later steps targets, help tasks, the four ledgers (附表1–4), the city's spot-check review and reporting up the levels.
/// </summary>
public sealed class CampaignModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, CampaignPermissions>();
        services.AddScoped<Core.Inspections.IInspectionFindings, Inspections.InspectionFindings>();
        services.AddUseCases(typeof(CampaignModule).Assembly);
    }
}
