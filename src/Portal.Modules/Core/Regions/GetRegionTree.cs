namespace Portal.Modules.Core.Regions;

public static class GetRegionTree
{
    public sealed record Item(string Code, string Name, RegionLevel Level, string? ParentCode);

    public sealed class Handler(RegionDirectory directory)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken)
        {
            var tree = await directory.GetAsync(cancellationToken);
            return tree.All.OrderBy(r => r.Path, StringComparer.Ordinal)
                .Select(r => new Item(r.Code, r.Name, r.Level, r.ParentCode))
                .ToList();
        }
    }
}
