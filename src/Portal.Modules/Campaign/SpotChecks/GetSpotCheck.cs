using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.SpotChecks;

/// <summary>
/// A spot-check with everything needed to draw it again (GET /api/v1/spot-checks/{id}): the seed, the candidates in
/// order and the focus; each drawn enterprise with the county's and the city's finding; the disagreements listed.
/// </summary>
public static class GetSpotCheck
{
    public sealed record Item(int Order, int EnterpriseId, string EnterpriseCreditCode, string EnterpriseName, string EnterpriseRegionCode, string IndustryCode,
        int InspectionId, bool CountyPassed, DateOnly? CheckedOn, bool? CityPassed, string? Finding, bool Disagrees);

    public sealed record Result(
        int Id, int Year, int UnitId, string RegionCode, int Seed, IReadOnlyList<int> Candidates, int SampleSize,
        IReadOnlyList<string> FocusIndustries, IReadOnlyList<string> FocusRegions,
        string DrawnBy, DateTime DrawnAt, int Checked, IReadOnlyList<Item> Items, IReadOnlyList<Item> Disagreements);

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var check = await db.Set<SpotCheck>().AsNoTracking().Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (check is null || !actor.Oversees(check.RegionCode))
            {
                return Outcome<Result>.NotFound(string.Format(CampaignText.SpotCheckNotFound, id));
            }
            var items = check.Items.OrderBy(i => i.Order)
                .Select(i => new Item(i.Order, i.EnterpriseId, i.EnterpriseCreditCode, i.EnterpriseName, i.EnterpriseRegionCode, i.IndustryCode, i.InspectionId,
                    i.CountyPassed, i.CheckedOn, i.CityPassed, i.Finding, i.Disagrees))
                .ToList();
            return Outcome<Result>.Ok(new Result(check.Id, check.Year, check.UnitId, check.RegionCode, check.Seed,
                [.. check.Candidates.Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))],
                check.SampleSize, Split(check.FocusIndustries), Split(check.FocusRegions), check.DrawnBy, check.DrawnAt,
                items.Count(i => i.CityPassed is not null), items, [.. items.Where(i => i.Disagrees)]));
        }

        private static string[] Split(string? codes) => codes is null ? [] : codes.Split(',');
    }
}
