using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Staff;

/// <summary>The signed-in staff member as a use case sees it: roles, unit and the region that unit covers.</summary>
public sealed record StaffContext(string UserId, string UserName, IReadOnlyList<string> Roles, IReadOnlySet<string> Permissions, DepartmentUnit Unit, RegionTree Regions)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool Has(string permission) => Permissions.Contains(permission);

    /// <summary>Acts for its own unit only: an editor publishes for its own region and department.</summary>
    public bool ActsFor(int unitId) => Unit.Id == unitId;

    /// <summary>A unit oversees its own region and the whole subtree below it (a city supervisor sees every county of the city).</summary>
    public bool Oversees(string regionCode) => Regions.IsWithin(regionCode, Unit.RegionCode);
}

/// <summary>Builds the <see cref="StaffContext"/> of the current request from its sign-in (cookie or bearer token).</summary>
public sealed class StaffScope(IHttpContextAccessor http, DepartmentDirectory departments, RegionDirectory regions, PermissionCatalog permissions)
{
    public async Task<StaffContext?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true || !user.HasClaim(c => c.Type == StaffClaimsFactory.TwoFactorClaim))
        {
            return null;
        }
        var unitClaim = user.FindFirstValue(StaffClaimsFactory.UnitClaim);
        if (!int.TryParse(unitClaim, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            || await departments.FindUnitAsync(unitId, cancellationToken) is not { } unit)
        {
            return null;
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return new StaffContext(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            user.Identity.Name ?? string.Empty,
            roles,
            permissions.HeldBy(roles),
            unit,
            await regions.GetAsync(cancellationToken));
    }

    public async Task<StaffContext> RequireAsync(CancellationToken cancellationToken = default) =>
        await CurrentAsync(cancellationToken) ?? throw new InvalidOperationException("an authorised endpoint ran without a staff sign-in");
}
