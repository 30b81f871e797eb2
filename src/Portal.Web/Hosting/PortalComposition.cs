using Portal.Modules.Campaign;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure;
using Portal.Modules.Reports;
using Portal.Modules.Search;
using Portal.Modules.Supervision;
using Portal.Jobs;

namespace Portal.Web.Hosting;

/// <summary>The modules this host runs, in order. A new module is one line here.</summary>
public static class PortalComposition
{
    public static IReadOnlyList<IPortalModule> Modules { get; } =
    [
        new CoreModule(),
        new DisclosureModule(),
        new SearchModule(),
        new ReportsModule(),
        new SupervisionModule(),
        new CampaignModule(),
        new JobsModule(),
    ];
}
