using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Campaign.Common;
using Portal.Modules.Campaign.Ledgers;
using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign;

/// <summary>
/// The yearly campaign behind the announcements (seeds 000 五、六 and 002 三): the counties' inspection records, targets
/// and help tasks, the four ledgers (附表1–4) and their submission up the levels, the city's spot-check review, and the
/// year's milestones as obligations.
/// </summary>
public sealed class CampaignModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, CampaignPermissions>();
        services.AddSingleton<CampaignCalendar>();
        services.AddSingleton<IObligationKindProvider>(sp => sp.GetRequiredService<CampaignCalendar>());
        services.AddSingleton<IPeriodicObligationSource>(sp => sp.GetRequiredService<CampaignCalendar>());
        services.AddScoped<Core.Inspections.IInspectionFindings, Inspections.InspectionFindings>();
        services.AddSingleton<IObligationKindProvider, Plans.PlanObligations>();
        services.AddScoped<IObligationSource, Plans.TargetDeadlines>();
        services.AddScoped<IObligationSource, Plans.HelpTaskDeadlines>();
        services.AddScoped<EnterpriseInArea>();
        services.AddScoped<LedgerBuilder>();
        services.AddUseCases(typeof(CampaignModule).Assembly);
        services.AddSingleton(new BackOfficeLink(Permissions.EnterBackOffice, "/backoffice/campaign", CampaignText.LedgersPageTitle, 8));
    }
}
