namespace Portal.Modules.Core.Navigation;

/// <summary>A link in the public site's header.</summary>
/// <param name="Order">Its place among every module's links, lowest first.</param>
/// <param name="CssClass">The theme's style for it (the yellow and red lists are coloured).</param>
public sealed record NavigationLink(string Href, string Text, int Order, string? CssClass = null);

/// <summary>
/// A module's links in the public site's header, so the theme shows what the modules offer without knowing them.
/// </summary>
public interface IPublicNavigation
{
    IEnumerable<NavigationLink> Links { get; }
}
