using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Reports.Data;

public static class ReportsData
{
    public static DbSet<Report> Reports(this PortalDbContext db) => db.Set<Report>();

    public static DbSet<ReportEvent> ReportEvents(this PortalDbContext db) => db.Set<ReportEvent>();

    public static DbSet<ReportMessage> ReportMessages(this PortalDbContext db) => db.Set<ReportMessage>();

    public static DbSet<ReportAttachment> ReportAttachments(this PortalDbContext db) => db.Set<ReportAttachment>();

    public static DbSet<RoutingRule> RoutingRules(this PortalDbContext db) => db.Set<RoutingRule>();

    public static DbSet<CaptchaUse> CaptchaUses(this PortalDbContext db) => db.Set<CaptchaUse>();

    public static DbSet<IdentityRead> IdentityReads(this PortalDbContext db) => db.Set<IdentityRead>();
}
