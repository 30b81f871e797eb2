using Portal.Modules.Core.Navigation;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>Each list's page in the site's header, in the lists' own order.</summary>
public sealed class ListNavigation : IPublicNavigation
{
    // Drawn for each page, in its reader's language.
    public IEnumerable<NavigationLink> Links => ListDefinitions.All.Select(l => new NavigationLink($"/lists/{l.Wire}", l.Name, l.Order, l.BadgeClass));
}
