namespace Portal.Modules.Core.Enterprises;

/// <summary>
/// Something another module lets staff do with a registered enterprise (the desk: a new announcement about it),
/// offered on the enterprise's back-office page without Core knowing that module.
/// </summary>
/// <param name="Href">The address, from the enterprise's credit code.</param>
public sealed record EnterpriseAction(string Permission, string Label, Func<string, string> Href, int Order);
