using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Regions;

/// <summary>
/// The region tree held in memory: it is read on almost every request (filters, scopes, names) and changes
/// only when an administrator loads a new GB/T 2260 list, which calls <see cref="Invalidate"/>.
/// </summary>
public sealed class RegionDirectory(IServiceScopeFactory scopes)
{
    private volatile RegionTree? _tree;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public async Task<RegionTree> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_tree is { } tree)
        {
            return tree;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_tree is null)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                _tree = new RegionTree(await db.Regions.AsNoTracking().ToListAsync(cancellationToken));
            }
            return _tree;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _tree = null;
}

public sealed class RegionTree
{
    private readonly Dictionary<string, Region> _byCode;
    private readonly ILookup<string?, Region> _children;

    public RegionTree(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _children = _byCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToLookup(r => r.ParentCode);
    }

    public IReadOnlyCollection<Region> All => _byCode.Values;

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var r) ? r : null;

    public IEnumerable<Region> Children(string? code) => _children[code];

    public IEnumerable<Region> Roots => _children[null];

    /// <summary>From the province down to the region itself.</summary>
    public IReadOnlyList<Region> Lineage(string code)
    {
        var chain = new List<Region>();
        for (var r = Find(code); r is not null; r = Find(r.ParentCode))
        {
            chain.Insert(0, r);
        }
        return chain;
    }

    public bool IsWithin(string code, string ancestorCode) =>
        Find(code) is { } region && Find(ancestorCode) is { } ancestor
        && region.Path.StartsWith(ancestor.Path, StringComparison.Ordinal);

    /// <summary>The name as the public reads it, e.g. 四平市铁东区 for a district, 梨树县 for a county.</summary>
    public string QualifiedName(string code)
    {
        var region = Find(code);
        if (region is null)
        {
            return code;
        }
        var parent = Find(region.ParentCode);
        return region.Level == RegionLevel.County && parent?.Level == RegionLevel.City && region.Name.EndsWith('区')
            ? parent.Name + region.Name
            : region.Name;
    }
}
