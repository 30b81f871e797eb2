using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>Loads an announcement for a change by an editor, who may only touch its own unit's announcements.</summary>
public sealed class OwnAnnouncement(PortalDbContext db)
{
    public async Task<Outcome<Announcement>> LoadAsync(int id, StaffContext actor, CancellationToken cancellationToken)
    {
        var announcement = await db.Announcements().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (announcement is null)
        {
            return Outcome<Announcement>.NotFound(string.Format(DisclosureText.AnnouncementNotFound, id));
        }
        return actor.ActsFor(announcement.UnitId)
            ? Outcome<Announcement>.Ok(announcement)
            : Outcome<Announcement>.Forbidden(string.Format(DisclosureText.NotYourUnit, announcement.PublisherName, actor.Unit.Name));
    }

    public static string IdOf(Announcement a) => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A reason the public will read (withdrawal, correction, extension): required, at least 4 characters, at most 500.</summary>
    public static ValidationErrors CheckReason(string? reason, string field, string label)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(field, string.Format(DisclosureText.ReasonRequired, label));
        }
        else if (reason.Trim().Length < 4)
        {
            errors.Add(field, string.Format(DisclosureText.ReasonTooShort, label));
        }
        else if (reason.Trim().Length > 500)
        {
            errors.Add(field, string.Format(Portal.Modules.Core.CoreText.TooLong, label, 500));
        }
        return errors;
    }
}
