using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>
/// GET /api/v1/reports/identity-reads and its page: who read a real-name reporter's identity, when, and for which
/// report, over the reports of the supervisor's region and below. The identity itself is never shown here.
/// </summary>
public static class ListIdentityReads
{
    public const int Shown = 500;

    public sealed record Item(DateTime At, string StaffUserName, string StaffUnit, string TrackingCode, string ReportUnit);

    public sealed record Result(string Region, IReadOnlyList<Item> Items);

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<Result> HandleAsync(StaffContext actor, CancellationToken cancellationToken)
        {
            // Newest first; the region is checked on the report's unit, so a city supervisor sees its counties' reads.
            var rows = await db.IdentityReads().AsNoTracking()
                .Join(db.Reports(), read => read.ReportId, report => report.Id, (read, report) => new { read, report.TrackingCode, report.UnitId })
                .Join(db.DepartmentUnits, x => x.read.UnitId, unit => unit.Id, (x, staffUnit) => new { x.read, x.TrackingCode, x.UnitId, StaffUnit = staffUnit.Name })
                .Join(db.DepartmentUnits, x => x.UnitId, unit => unit.Id, (x, reportUnit) => new { x.read, x.TrackingCode, x.StaffUnit, ReportUnit = reportUnit.Name, reportUnit.RegionCode })
                .OrderByDescending(x => x.read.Id)
                .Take(Shown * 4)
                .ToListAsync(cancellationToken);
            return new Result(
                actor.Regions.QualifiedName(actor.Unit.RegionCode),
                [.. rows.Where(x => actor.Oversees(x.RegionCode)).Take(Shown).Select(x => new Item(x.read.At, x.read.StaffUserName, x.StaffUnit, x.TrackingCode, x.ReportUnit))]);
        }
    }
}
