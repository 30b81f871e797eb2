using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign;

/// <summary>The campaign's permissions: a county's editors record the inspections their unit made.</summary>
public sealed class CampaignPermissions : IPermissionProvider
{
    public const string RecordInspections = "campaign.inspections.record";

    public IEnumerable<Permission> Permissions => [new(RecordInspections, [Roles.Editor])];
}
