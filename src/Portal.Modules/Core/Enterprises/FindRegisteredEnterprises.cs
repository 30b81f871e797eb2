using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises;

/// <summary>
/// The register as an editor searches it (/backoffice/enterprises): the enterprises of the editor's region and below,
/// by a part of the name or address or the credit code's beginning, by name. Read from the database, so an
/// enterprise registered a moment ago is found at once (the public search waits for its index).
/// </summary>
public static class FindRegisteredEnterprises
{
    public const int PageSize = 20;

    public sealed record Query(string? Q, int Page = 1);

    public sealed record Item(string CreditCode, string Name, string Address, string RegionName, string IndustryName, string State, string StateName, int Equipment);

    public sealed record Result(string? Q, int Page, int Total, IReadOnlyList<Item> Items, bool HasNext);

    public sealed class Handler(PortalDbContext db, NameDirectory names)
    {
        public async Task<Result> HandleAsync(Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            var enterprises = db.Enterprises.AsNoTracking();
            if (!actor.IsIn(Roles.Admin))
            {
                var root = actor.Regions.Find(actor.Unit.RegionCode)!;
                var codes = actor.Regions.All.Where(r => r.Path.StartsWith(root.Path, StringComparison.Ordinal)).Select(r => r.Code).ToList();
                enterprises = enterprises.Where(e => codes.Contains(e.RegionCode));
            }
            var q = query.Q?.Trim();
            if (!string.IsNullOrEmpty(q))
            {
                var code = q.ToUpperInvariant();
                enterprises = enterprises.Where(e => e.Name.Contains(q) || e.Address.Contains(q) || e.CreditCode.StartsWith(code));
            }
            var page = Math.Max(1, query.Page);
            var total = await enterprises.CountAsync(cancellationToken);
            var rows = await enterprises
                .OrderBy(e => e.Name).ThenBy(e => e.Id)
                .Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Select(e => new { e.CreditCode, e.Name, e.Address, e.RegionCode, e.IndustryCode, e.State, Equipment = e.Equipment.Count })
                .ToListAsync(cancellationToken);
            var industries = (await names.GetAsync(cancellationToken)).Industries;
            var items = rows.Take(PageSize).Select(e => new Item(e.CreditCode, e.Name, e.Address, actor.Regions.QualifiedName(e.RegionCode),
                industries.GetValueOrDefault(e.IndustryCode, e.IndustryCode), WireValue.Of(e.State), CoreText.StateName(e.State), e.Equipment)).ToList();
            return new Result(q, page, total, items, rows.Count > PageSize);
        }
    }
}
