using Microsoft.Extensions.Configuration;

namespace Portal.Modules.Core.Common;

/// <summary>Where the portal keeps its files: the SQLite database, the search index, the mail pickup folder, uploads.</summary>
public sealed record PortalPaths(string DataDirectory)
{
    public static PortalPaths From(IConfiguration configuration, string contentRoot)
    {
        var paths = new PortalPaths(Path.GetFullPath(Path.Combine(contentRoot,
            configuration[$"{PortalOptions.Section}:DataDirectory"] ?? "App_Data")));
        Directory.CreateDirectory(paths.DataDirectory);
        return paths;
    }
}
