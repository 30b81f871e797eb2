using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Enterprises;

public static class GetEnterprise
{
    public sealed record EquipmentItem(string Name, string? Model, int Quantity, decimal Capacity, string CapacityUnit);

    public sealed record Result(
        string CreditCode,
        string Name,
        string Address,
        string RegionCode,
        string RegionName,
        string Industry,
        string IndustryName,
        string Size,
        string State,
        string Ownership,
        IReadOnlyList<EquipmentItem> Equipment,
        IReadOnlyList<EnterpriseTimelineEntry> History);

    public sealed class Handler(PortalDbContext db, RegionDirectory regions, IEnumerable<IEnterpriseTimelineSource> timeline)
    {
        public async Task<Outcome<Result>> HandleAsync(string creditCode, CancellationToken cancellationToken)
        {
            var check = CreditCode.Check(creditCode);
            if (!check.IsValid)
            {
                return CreditCodeProblem<Result>(check);
            }
            var enterprise = await db.Enterprises.AsNoTracking().Include(e => e.Equipment)
                .FirstOrDefaultAsync(e => e.CreditCode == check.Normalized, cancellationToken);
            if (enterprise is null)
            {
                return Outcome<Result>.NotFound(string.Format(CoreText.EnterpriseNotFound, check.Normalized));
            }
            var tree = await regions.GetAsync(cancellationToken);
            var industry = await db.Industries.AsNoTracking().FirstAsync(i => i.Code == enterprise.IndustryCode, cancellationToken);
            var history = new List<EnterpriseTimelineEntry>();
            foreach (var source in timeline)
            {
                history.AddRange(await source.GetAsync(enterprise.Id, cancellationToken));
            }
            return Outcome<Result>.Ok(new Result(
                enterprise.CreditCode,
                enterprise.Name,
                enterprise.Address,
                enterprise.RegionCode,
                string.Concat(tree.Lineage(enterprise.RegionCode).Select(r => r.Name)),
                enterprise.IndustryCode,
                industry.Name,
                WireValue.Of(enterprise.Size),
                WireValue.Of(enterprise.State),
                WireValue.Of(enterprise.Ownership),
                enterprise.Equipment.OrderBy(q => q.SortOrder).Select(q => new EquipmentItem(q.Name, q.Model, q.Quantity, q.Capacity, q.CapacityUnit)).ToList(),
                history.OrderByDescending(h => h.On).ToList()));
        }
    }

    /// <summary>A 400 that says what is wrong with the code and, where only the last character is, which one was expected.</summary>
    public static Outcome<T> CreditCodeProblem<T>(CreditCodeCheck check, string field = "creditCode")
    {
        var outcome = Outcome<T>.Invalid(new ValidationErrors().Add(field, check.Problem!));
        return check.ExpectedCheckCharacter is { } expected ? outcome.With("expectedCheckCharacter", expected.ToString()) : outcome;
    }
}
