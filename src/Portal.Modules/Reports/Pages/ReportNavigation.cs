using Portal.Modules.Core.Navigation;

namespace Portal.Modules.Reports.Pages;

/// <summary>The published outcomes of reports in the site's header, after the lists: what became of what people reported.</summary>
public sealed class ReportNavigation : IPublicNavigation
{
    // Drawn for each page, in its reader's language.
    public IEnumerable<NavigationLink> Links => [new("/report/outcomes", ReportsText.OutcomesNav, 90)];
}
