using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Disclosure.Data;

public static class DisclosureData
{
    public static DbSet<Announcement> Announcements(this PortalDbContext db) => db.Set<Announcement>();

    public static DbSet<AnnouncementVersion> AnnouncementVersions(this PortalDbContext db) => db.Set<AnnouncementVersion>();

    public static DbSet<AnnouncementAttachment> AnnouncementAttachments(this PortalDbContext db) => db.Set<AnnouncementAttachment>();

    /// <summary>What the public may see at <paramref name="utcNow"/>: published, not withdrawn, and its publication time reached.</summary>
    public static IQueryable<Announcement> PublicAt(this IQueryable<Announcement> announcements, DateTime utcNow) =>
        announcements.Where(a => a.Status == AnnouncementStatus.Published && a.PublishAt <= utcNow);
}
