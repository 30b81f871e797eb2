using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign;

/// <summary>
/// The campaign's permissions: a county's editors record inspections, set targets and help tasks and send the ledgers
/// up; the level above (its lead department's editors, or the supervisors) reviews them and spot-checks on site.
/// </summary>
public sealed class CampaignPermissions : IPermissionProvider
{
    public const string RecordInspections = "campaign.inspections.record";
    public const string EditPlans = "campaign.plans.edit";
    public const string SubmitLedgers = "campaign.ledgers.submit";
    public const string ReviewLedgers = "campaign.ledgers.review";
    public const string SpotCheck = "campaign.spot-checks";

    public IEnumerable<Permission> Permissions =>
    [
        new(RecordInspections, [Roles.Editor]),
        new(EditPlans, [Roles.Editor]),
        new(SubmitLedgers, [Roles.Editor]),
        new(ReviewLedgers, [Roles.Editor, Roles.Supervisor]),
        new(SpotCheck, [Roles.Editor, Roles.Supervisor]),
    ];
}
