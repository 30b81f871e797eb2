namespace Portal.Modules.Core.Common;

/// <summary>The <c>Portal:*</c> settings of docs/architecture.md that Core reads.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>SQLite file, search index, mail pickup folder, uploads; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public bool DemoData { get; set; } = true;

    public DatabaseOptions Database { get; set; } = new();

    public SiteOptions Site { get; set; } = new();
}

public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;
}

/// <summary>What the header and footer say: the site's name and the authority that publishes it; and where it is.</summary>
public sealed class SiteOptions
{
    /// <summary>The site's Chinese name; the portal's own when not set.</summary>
    public string? Name { get; set; }

    public string? Authority { get; set; }

    /// <summary>What the English pages call the site and its authority; the portal's own translation when neither is configured.</summary>
    public string? EnglishName { get; set; }

    public string? EnglishAuthority { get; set; }

    /// <summary>The name in the reader's language.</summary>
    public string ShownName => Shown(Name, EnglishName, CoreText.SiteName);

    public string ShownAuthority => Shown(Authority, EnglishAuthority, CoreText.SiteAuthority);

    private static string Shown(string? chinese, string? english, string portalOwn) =>
        Localization.PortalCultures.IsEnglish ? english ?? chinese ?? portalOwn : chinese ?? portalOwn;

    /// <summary>
    /// The portal's public address (https://gk.example.gov.cn), for links sent by e-mail. Set it in production: a link
    /// built from a request's Host header could be made to point elsewhere. Without it the request's own address is used.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>承办: the office that runs the site for the authority, where it is not the authority itself.</summary>
    public string? Organizer { get; set; }

    /// <summary>网站标识码, which the State Council's rules for government websites give each site.</summary>
    public string? SiteCode { get; set; }

    /// <summary>ICP备案号 and the ministry's register it links to.</summary>
    public string? IcpNumber { get; set; }

    public string IcpUrl { get; set; } = "https://beian.miit.gov.cn/";

    /// <summary>公安机关备案号 (京公网安备…) and its record page.</summary>
    public string? PublicSecurityNumber { get; set; }

    public string? PublicSecurityUrl { get; set; }

    /// <summary>联系我们: a telephone, an e-mail address and a postal address for the site itself (not for reports).</summary>
    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactAddress { get; set; }

    public string BaseUrlFor(string requestBaseUrl) => (string.IsNullOrWhiteSpace(PublicUrl) ? requestBaseUrl : PublicUrl).TrimEnd('/');
}
