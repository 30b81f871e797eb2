using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.SpotChecks;

/// <summary>
/// The city draws the enterprises it will visit itself (POST /api/v1/spot-checks): at least a fifth of those inspected
/// in its area that year and at least ten, or all below ten (seed 000_6ff842427b64bf71.txt, 五(三)3), with the named
/// industries and areas first. The portal picks the seed; the seed and the candidates are kept to draw it again.
/// </summary>
public static class DrawSpotCheck
{
    public const int MaxFocus = 20;

    public sealed record Command(int? Year, string? RegionCode, IReadOnlyList<string?>? FocusIndustries, IReadOnlyList<string?>? FocusRegions);

    public sealed record Result(int Id, int Year, string RegionCode, int Seed, int CandidateCount, int SampleSize);

    public sealed class Handler(PortalDbContext db, NameDirectory names, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            if (actor.Regions.Find(actor.Unit.RegionCode)?.Level == RegionLevel.County)
            {
                return Outcome<Result>.Forbidden(CampaignText.SpotCheckNotForCounties);
            }
            var errors = new ValidationErrors();
            var year = command.Year ?? ChinaTime.Today(clock).Year;
            var regionCode = string.IsNullOrWhiteSpace(command.RegionCode) ? actor.Unit.RegionCode : command.RegionCode.Trim();
            var region = actor.Regions.Find(regionCode);
            if (region is null)
            {
                errors.Add("regionCode", string.Format(CoreText.UnknownRegion, regionCode));
            }
            else if (!actor.Oversees(regionCode))
            {
                return Outcome<Result>.Forbidden(string.Format(CampaignText.RegionOutsideArea, region.Name));
            }
            var industries = (await names.GetAsync(cancellationToken)).Industries;
            var focusIndustries = Codes(command.FocusIndustries, "focusIndustries", errors, code => industries.ContainsKey(code),
                code => string.Format(CampaignText.UnknownIndustry, code));
            var focusRegions = Codes(command.FocusRegions, "focusRegions", errors, code => region is not null && actor.Regions.IsWithin(code, region.Code),
                code => string.Format(CampaignText.FocusRegionOutside, code, region?.Name));
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var latest = InspectionRules.LatestPerEnterprise(
                await db.Set<Inspection>().AsNoTracking()
                    .Where(i => i.Year == year && i.EnterpriseRegionPath.StartsWith(region!.Path))
                    .Select(i => new Candidate(i.Id, i.EnterpriseId, i.EnterpriseCreditCode, i.EnterpriseName, i.EnterpriseRegionCode, i.EnterpriseRegionPath,
                        i.IndustryCode, i.InspectedOn, !i.Items.Any(x => x.Result == InspectionResult.Fail)))
                    .ToListAsync(cancellationToken),
                c => c.EnterpriseId, c => c.InspectedOn, c => c.InspectionId);
            if (latest.Count == 0)
            {
                return Outcome<Result>.Conflict(string.Format(CampaignText.NothingToSpotCheck, region!.Name, year));
            }
            var focusPaths = focusRegions.Select(c => actor.Regions.Find(c)!.Path).ToList();
            bool InFocus(Candidate c) => focusIndustries.Contains(c.IndustryCode) || focusPaths.Any(p => c.EnterpriseRegionPath.StartsWith(p, StringComparison.Ordinal));
            var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
            var sample = SpotCheckRules.Draw(latest, c => c.EnterpriseId, seed, focusIndustries.Count + focusPaths.Count > 0 ? InFocus : null);
            var check = new SpotCheck
            {
                Year = year,
                UnitId = actor.Unit.Id,
                RegionCode = region!.Code,
                RegionPath = region.Path,
                Seed = seed,
                FocusIndustries = focusIndustries.Count == 0 ? null : string.Join(',', focusIndustries),
                FocusRegions = focusRegions.Count == 0 ? null : string.Join(',', focusRegions),
                Candidates = string.Join(',', latest.Select(c => c.EnterpriseId).Order()),
                CandidateCount = latest.Count,
                SampleSize = sample.Count,
                DrawnBy = actor.UserName,
                DrawnAt = clock.GetUtcNow().UtcDateTime,
                Items = [.. sample.Select((c, i) => new SpotCheckItem
                {
                    Order = i + 1,
                    EnterpriseId = c.EnterpriseId,
                    EnterpriseCreditCode = c.CreditCode,
                    EnterpriseName = c.Name,
                    EnterpriseRegionCode = c.RegionCode,
                    IndustryCode = c.IndustryCode,
                    InspectionId = c.InspectionId,
                    CountyPassed = c.Passed,
                })],
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Set<SpotCheck>().Add(check);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(actor.UserName, "spot-check.draw", nameof(SpotCheck), check.Id.ToString(CultureInfo.InvariantCulture),
                new { check.Year, check.RegionCode, check.Seed, check.CandidateCount, check.SampleSize, check.FocusIndustries, check.FocusRegions });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome<Result>.Created(new Result(check.Id, check.Year, check.RegionCode, check.Seed, check.CandidateCount, check.SampleSize));
        }

        private static List<string> Codes(IReadOnlyList<string?>? given, string field, ValidationErrors errors, Func<string, bool> known, Func<string, string> problem)
        {
            var codes = (given ?? []).Select(c => c?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).Distinct().ToList();
            if (codes.Count > MaxFocus)
            {
                errors.Add(field, string.Format(CampaignText.FocusTooMany, MaxFocus));
                return [];
            }
            foreach (var code in codes.Where(c => !known(c)))
            {
                errors.Add(field, problem(code));
            }
            return codes;
        }
    }

    private sealed record Candidate(int InspectionId, int EnterpriseId, string CreditCode, string Name, string RegionCode, string EnterpriseRegionPath,
        string IndustryCode, DateOnly InspectedOn, bool Passed);
}
