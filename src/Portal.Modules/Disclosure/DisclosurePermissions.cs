using Portal.Modules.Core.Staff;

namespace Portal.Modules.Disclosure;

/// <summary>The announcements module's permissions: an editor drafts, publishes and corrects its unit's announcements.</summary>
public sealed class DisclosurePermissions : IPermissionProvider
{
    public const string EditAnnouncements = "announcements.edit";

    public IEnumerable<Permission> Permissions => [new(EditAnnouncements, [Roles.Editor])];
}
