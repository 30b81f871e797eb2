using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>What every public page of the lists shows beside its rows: the chosen region's trail and the names of regions and industries.</summary>
public sealed class PageLookups(RegionDirectory regions, NameDirectory names)
{
    public sealed record Lookups(
        RegionTree Tree,
        IReadOnlyList<Region> RegionTrail,
        IReadOnlyDictionary<string, string> RegionNames,
        IReadOnlyDictionary<string, string> IndustryNames);

    public async Task<Lookups> ForAsync(string? region, CancellationToken cancellationToken)
    {
        var tree = await regions.GetAsync(cancellationToken);
        var held = await names.GetAsync(cancellationToken);
        return new Lookups(
            tree,
            tree.Find(region) is { } selected ? tree.Lineage(selected.Code) : [],
            tree.All.ToDictionary(r => r.Code, r => r.Name),
            held.Industries);
    }
}
