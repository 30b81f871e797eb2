using Portal.Modules.Core.Staff;

namespace Portal.Modules.Reports;

/// <summary>The reports module's permissions: a handler works its unit's queue; an administrator sets where reports go.</summary>
public sealed class ReportsPermissions : IPermissionProvider
{
    public const string HandleReports = "reports.handle";
    public const string ManageReportRouting = "reports.routing";

    public IEnumerable<Permission> Permissions =>
    [
        new(HandleReports, [Roles.Handler]),
        new(ManageReportRouting, [Roles.Admin]),
    ];
}
