using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Outcomes;

/// <summary>The public page of report outcomes: what was reported about which enterprise, what the check found. Never who reported.</summary>
public static class ListPublishedOutcomes
{
    public const int PageSize = 50;

    public sealed record Item(int Id, DateOnly PublishedOn, string CategoryName, string? ConclusionName, string EnterpriseName, string? CreditCode,
        string RegionName, string UnitName, string Outcome);

    public sealed record Result(IReadOnlyList<Item> Items, int Page, bool HasMore);

    public sealed class Handler(PortalDbContext db, RegionDirectory regions)
    {
        public async Task<Result> HandleAsync(int page, CancellationToken cancellationToken)
        {
            page = Math.Max(1, page);
            var rows = await db.Reports().AsNoTracking().Where(r => r.OutcomePublishedOn != null)
                .OrderByDescending(r => r.OutcomePublishedOn).ThenByDescending(r => r.Id)
                .Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Join(db.DepartmentUnits, r => r.UnitId, u => u.Id, (r, u) => new
                {
                    r.Id, r.OutcomePublishedOn, r.Category, r.Conclusion, r.EnterpriseName, r.EnterpriseCreditCode, r.RegionCode, UnitName = u.Name, r.PublicOutcome,
                })
                .ToListAsync(cancellationToken);
            var tree = await regions.GetAsync(cancellationToken);
            var items = rows.Take(PageSize).Select(r => new Item(r.Id, r.OutcomePublishedOn!.Value, ReportWords.Category(r.Category),
                r.Conclusion is { } c ? ReportWords.Conclusion(c) : null, r.EnterpriseName, r.EnterpriseCreditCode, tree.QualifiedName(r.RegionCode),
                r.UnitName, r.PublicOutcome!)).ToList();
            return new Result(items, page, rows.Count > PageSize);
        }
    }
}
