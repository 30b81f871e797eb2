using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Supervision.Overdue;

/// <summary>The region a supervisor asks about: their own by default, or one inside it; anything else is refused in Chinese.</summary>
public sealed class SupervisedRegion(RegionDirectory regions)
{
    public async Task<Outcome<Region>> ResolveAsync(StaffContext actor, string? regionCode, CancellationToken cancellationToken)
    {
        if (!actor.Has(Permissions.Supervise))
        {
            return Outcome<Region>.Forbidden(SupervisionText.OnlySupervisors);
        }
        var tree = await regions.GetAsync(cancellationToken);
        var code = string.IsNullOrWhiteSpace(regionCode) ? actor.Unit.RegionCode : regionCode.Trim();
        if (tree.Find(code) is not { } region)
        {
            var errors = new ValidationErrors();
            errors.Add("regionCode", string.Format(SupervisionText.RegionUnknown, code));
            return Outcome<Region>.Invalid(errors);
        }
        // Administrators see everything; a supervisor sees the subtree of their own unit's region.
        if (!actor.IsIn(Roles.Admin) && !actor.Oversees(region.Code))
        {
            return Outcome<Region>.Forbidden(string.Format(SupervisionText.RegionOutside, region.Code));
        }
        return Outcome<Region>.Ok(region);
    }
}
