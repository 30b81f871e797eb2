namespace Portal.Modules.Core.Staff;

/// <summary>A module's entry on the back-office home page, shown to staff who hold its permission.</summary>
public sealed record BackOfficeLink(string Permission, string Href, string Label, int Order);
