namespace Portal.Modules.Core.Staff;

/// <summary>The four staff roles, by their docs/api.md wire values.</summary>
public static class Roles
{
    public const string Editor = "editor";
    public const string Handler = "handler";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Editor, Handler, Supervisor, Admin];
}

/// <summary>A named permission (an authorization policy) and the roles that hold it.</summary>
public sealed record Permission(string Name, IReadOnlyList<string> GrantedTo);

/// <summary>
/// A module's permissions, as Orchard Core modules declare theirs in Permissions.cs: the module owns their names and
/// which roles hold them; Core only makes each a policy.
/// </summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> Permissions { get; }
}

/// <summary>
/// The platform's own permissions, which several modules check: entering the back office, supervising, running jobs,
/// and managing staff, the calendar, reference data and the enterprise register. Where a permission acts on
/// something that belongs to a unit or region, <see cref="StaffScope"/> decides whether this account's unit reaches it.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public const string EnterBackOffice = "backoffice.enter";
    public const string ManageStaff = "staff.manage";
    public const string ManageCalendar = "calendar.manage";
    public const string ManageReferenceData = "reference.manage";
    public const string EditEnterprises = "enterprises.edit";
    public const string Supervise = "supervision.view";
    public const string RunJobs = "jobs.run";

    IEnumerable<Permission> IPermissionProvider.Permissions =>
    [
        new(EnterBackOffice, [Roles.Editor, Roles.Handler, Roles.Supervisor, Roles.Admin]),
        new(ManageStaff, [Roles.Admin]),
        new(ManageCalendar, [Roles.Admin]),
        new(ManageReferenceData, [Roles.Admin]),
        new(EditEnterprises, [Roles.Editor, Roles.Admin]),
        new(Supervise, [Roles.Supervisor, Roles.Admin]),
        new(RunJobs, [Roles.Admin]),
    ];
}

/// <summary>Every module's permissions together: which a role holds.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    private readonly Dictionary<string, string[]> _granted = providers.SelectMany(p => p.Permissions)
        .ToDictionary(p => p.Name, p => p.GrantedTo.ToArray(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> RolesGranting => _granted;

    public IReadOnlySet<string> HeldBy(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return _granted.Where(p => p.Value.Any(held.Contains)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }
}
