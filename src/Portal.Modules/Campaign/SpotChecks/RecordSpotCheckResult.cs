using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.SpotChecks;

/// <summary>
/// What the city found on site at one drawn enterprise (POST /api/v1/spot-checks/{id}/items/{order}), against the
/// county's finding: "重点检查县级检查、处置是否准确到位" (seed 000_6ff842427b64bf71.txt, 五(三)3). A different finding
/// must say what differs.
/// </summary>
public static class RecordSpotCheckResult
{
    public sealed record Command(DateOnly? CheckedOn, bool? Passed, string? Finding);

    public sealed record Result(int Id, int Order, bool CountyPassed, bool CityPassed, bool Disagrees);

    public sealed class Handler(PortalDbContext db, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, int order, Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var check = await db.Set<SpotCheck>().Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (check is null || !actor.Oversees(check.RegionCode))
            {
                return Outcome<Result>.NotFound(string.Format(CampaignText.SpotCheckNotFound, id));
            }
            if (check.Items.SingleOrDefault(i => i.Order == order) is not { } item)
            {
                return Outcome<Result>.NotFound(string.Format(CampaignText.SpotCheckItemNotFound, order, id, check.Items.Count));
            }
            if (!actor.ActsFor(check.UnitId))
            {
                return Outcome<Result>.Forbidden(CampaignText.SpotCheckOfOtherUnit);
            }
            var errors = new ValidationErrors();
            var drawnOn = ChinaTime.DateOf(check.DrawnAt);
            if (command.CheckedOn is not { } on)
            {
                errors.Add("checkedOn", string.Format(CoreText.FieldRequired, CampaignText.CheckedOnLabel));
            }
            else if (on > ChinaTime.Today(clock) || on < drawnOn)
            {
                errors.Add("checkedOn", string.Format(CampaignText.CheckedOnOutside, on.ToString("yyyy-MM-dd"), drawnOn.ToString("yyyy-MM-dd")));
            }
            if (command.Passed is not { } passed)
            {
                errors.Add("passed", CampaignText.SpotCheckPassedRequired);
            }
            else if (passed != item.CountyPassed && string.IsNullOrWhiteSpace(command.Finding))
            {
                errors.Add("finding", CampaignText.DisagreementNeedsFinding);
            }
            errors.MaxLength(command.Finding, "finding", CampaignText.FindingLabel, 1000);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            item.CheckedOn = command.CheckedOn;
            item.CityPassed = command.Passed;
            item.Finding = string.IsNullOrWhiteSpace(command.Finding) ? null : command.Finding.Trim();
            item.CheckedBy = actor.UserName;
            audit.Record(actor.UserName, "spot-check.result", nameof(SpotCheck), id.ToString(CultureInfo.InvariantCulture),
                new { order, item.EnterpriseCreditCode, item.CheckedOn, item.CityPassed, item.CountyPassed, item.Finding });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(id, order, item.CountyPassed, item.CityPassed!.Value, item.Disagrees));
        }
    }
}
