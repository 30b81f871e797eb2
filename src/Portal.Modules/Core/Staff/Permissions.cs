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

/// <summary>
/// Named permissions, each an authorization policy. Roles grant permissions; where a permission acts on
/// something that belongs to a unit or region, <see cref="StaffScope"/> decides whether this account's unit reaches it.
/// </summary>
public static class Permissions
{
    public const string EnterBackOffice = "backoffice.enter";
    public const string ManageStaff = "staff.manage";
    public const string ManageCalendar = "calendar.manage";
    public const string ManageReferenceData = "reference.manage";
    public const string EditEnterprises = "enterprises.edit";
    public const string EditAnnouncements = "announcements.edit";
    public const string HandleReports = "reports.handle";
    public const string ManageReportRouting = "reports.routing";
    public const string Supervise = "supervision.view";
    public const string RunJobs = "jobs.run";

    private static readonly Dictionary<string, string[]> Granted = new()
    {
        [EnterBackOffice] = [Roles.Editor, Roles.Handler, Roles.Supervisor, Roles.Admin],
        [ManageStaff] = [Roles.Admin],
        [ManageCalendar] = [Roles.Admin],
        [ManageReferenceData] = [Roles.Admin],
        [EditEnterprises] = [Roles.Editor, Roles.Admin],
        [EditAnnouncements] = [Roles.Editor],
        [HandleReports] = [Roles.Handler],
        [ManageReportRouting] = [Roles.Admin],
        [Supervise] = [Roles.Supervisor, Roles.Admin],
        [RunJobs] = [Roles.Admin],
    };

    public static IReadOnlyDictionary<string, string[]> RolesGranting => Granted;

    public static bool RoleHas(string role, string permission) =>
        Granted.TryGetValue(permission, out var roles) && roles.Contains(role);
}
