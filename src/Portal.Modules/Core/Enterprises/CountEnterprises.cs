using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Enterprises;

/// <summary>How many enterprises the portal knows, by province and by industry, for the home page.</summary>
public static class CountEnterprises
{
    public sealed record Count(string Code, string Name, int Enterprises);

    public sealed record Result(int Total, IReadOnlyList<Count> ByProvince, IReadOnlyList<Count> ByIndustry);

    public sealed class Handler(PortalDbContext db, RegionDirectory regions)
    {
        public async Task<Result> HandleAsync(CancellationToken cancellationToken)
        {
            var tree = await regions.GetAsync(cancellationToken);
            var byRegion = await db.Enterprises.GroupBy(e => e.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var byProvince = byRegion
                .GroupBy(r => tree.Lineage(r.Key).FirstOrDefault()?.Code ?? r.Key)
                .Select(g => new Count(g.Key, tree.Find(g.Key)?.Name ?? g.Key, g.Sum(x => x.Count)))
                .OrderByDescending(c => c.Enterprises).ThenBy(c => c.Code, StringComparer.Ordinal)
                .ToList();
            var byIndustry = await db.Industries.OrderBy(i => i.SortOrder)
                .Select(i => new Count(i.Code, i.Name, db.Enterprises.Count(e => e.IndustryCode == i.Code)))
                .ToListAsync(cancellationToken);
            return new Result(byRegion.Sum(r => r.Count), byProvince, byIndustry.Where(c => c.Enterprises > 0).ToList());
        }
    }
}
