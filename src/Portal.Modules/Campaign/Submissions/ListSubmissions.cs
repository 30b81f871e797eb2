using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Submissions;

/// <summary>
/// Who below a region has and has not sent a period's ledgers up (GET /api/v1/ledger-submissions?period=&amp;regionCode=):
/// the lead department of every region directly below, with its latest submission and how many went back.
/// </summary>
public static class ListSubmissions
{
    public sealed record Query(string? Period, string? RegionCode);

    public sealed record Row(
        int UnitId, string UnitName, string RegionCode, string RegionName,
        [property: WireValues("none", "submitted", "returned", "accepted")] string Status,
        int? SubmissionId, DateOnly? SubmittedOn, int Returned);

    public sealed record Result(string Period, string PeriodLabel, string RegionCode, int Units, int Submitted, int Accepted, IReadOnlyList<Row> Items);

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            if (!CampaignCalendar.TryParse(query.Period, out var period))
            {
                return Outcome<Result>.Invalid(new ValidationErrors().Add("period", string.Format(CampaignText.UnknownPeriod, query.Period)));
            }
            var regionCode = string.IsNullOrWhiteSpace(query.RegionCode) ? actor.Unit.RegionCode : query.RegionCode.Trim();
            if (actor.Regions.Find(regionCode) is not { } region)
            {
                return Outcome<Result>.Invalid(new ValidationErrors().Add("regionCode", string.Format(CoreText.UnknownRegion, regionCode)));
            }
            if (!actor.Oversees(regionCode))
            {
                return Outcome<Result>.Forbidden(string.Format(CampaignText.RegionOutsideArea, region.Name));
            }
            var below = actor.Regions.Children(region.Code).ToDictionary(r => r.Code);
            var codes = below.Keys.ToList();
            var units = await db.DepartmentUnits.AsNoTracking()
                .Where(u => u.KindCode == DepartmentKinds.Industry && codes.Contains(u.RegionCode))
                .ToListAsync(cancellationToken);
            var unitIds = units.Select(u => u.Id).ToList();
            var submissions = (await db.Set<LedgerSubmission>().AsNoTracking()
                    .Where(s => s.Period == period.Key && unitIds.Contains(s.UnitId))
                    .Select(s => new { s.Id, s.UnitId, s.Status, s.SubmittedOn })
                    .ToListAsync(cancellationToken))
                .ToLookup(s => s.UnitId);
            var rows = units
                .OrderBy(u => u.RegionCode, StringComparer.Ordinal)
                .Select(u =>
                {
                    var latest = submissions[u.Id].OrderByDescending(s => s.Id).FirstOrDefault();
                    return new Row(u.Id, u.Name, u.RegionCode, below[u.RegionCode].Name,
                        latest is null ? "none" : WireValue.Of(latest.Status), latest?.Id, latest?.SubmittedOn,
                        submissions[u.Id].Count(s => s.Status == SubmissionStatus.Returned));
                })
                .ToList();
            return Outcome<Result>.Ok(new Result(period.Key, period.Label, region.Code, rows.Count,
                rows.Count(r => r.Status is "submitted" or "accepted"), rows.Count(r => r.Status == "accepted"), rows));
        }
    }
}
