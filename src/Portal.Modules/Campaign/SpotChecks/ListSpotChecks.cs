using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.SpotChecks;

/// <summary>A year's spot-checks in the staff member's area (GET /api/v1/spot-checks?year=): how far each got and where the city found otherwise.</summary>
public static class ListSpotChecks
{
    public sealed record Query(int? Year);

    public sealed record Row(int Id, string RegionCode, string RegionName, DateTime DrawnAt, string DrawnBy, int CandidateCount, int SampleSize, int Checked, int Disagreements);

    public sealed record Result(int Year, IReadOnlyList<Row> Items);

    public sealed class Handler(PortalDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            var year = query.Year ?? ChinaTime.Today(clock).Year;
            var path = actor.Regions.Find(actor.Unit.RegionCode)!.Path;
            var rows = await db.Set<SpotCheck>().AsNoTracking()
                .Where(s => s.Year == year && s.RegionPath.StartsWith(path))
                .OrderByDescending(s => s.Id)
                .Select(s => new
                {
                    s.Id, s.RegionCode, s.DrawnAt, s.DrawnBy, s.CandidateCount, s.SampleSize,
                    Checked = s.Items.Count(i => i.CityPassed != null),
                    Disagreements = s.Items.Count(i => i.CityPassed != null && i.CityPassed != i.CountyPassed),
                })
                .ToListAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(year, [.. rows.Select(r => new Row(r.Id, r.RegionCode, actor.Regions.QualifiedName(r.RegionCode), r.DrawnAt, r.DrawnBy,
                r.CandidateCount, r.SampleSize, r.Checked, r.Disagreements))]));
        }
    }
}
