using Portal.Modules.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>GET /api/v1/queue and the queue page: the open reports of the caller's own unit, the most urgent first.</summary>
public static class GetQueue
{
    public sealed record Item(int Id, string TrackingCode, string Category, string CategoryName, string Status, string StatusName,
        string EnterpriseName, string RegionCode, string RegionName, bool RealName, DateOnly SubmittedOn, DateOnly? RoutedOn,
        DateOnly? DueOn, string? DueFor, int? WorkingDaysLeft, bool Overdue, DateOnly? ExtensionRequestedTo, int ReporterMessages);

    public sealed record Result(string UnitName, IReadOnlyList<Item> Items, int Overdue, IReadOnlyList<Urging> Urgings);

    public sealed class Handler(PortalDbContext db, UnitReports reports, RegionDirectory regions, Urgings urgings)
    {
        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, bool includeFinished, CancellationToken cancellationToken)
        {
            if (!actor.Has(ReportsPermissions.HandleReports))
            {
                return Outcome<Result>.Forbidden(ReportsText.OnlyHandlers);
            }
            var query = db.Reports().AsNoTracking().Where(r => r.UnitId == actor.Unit.Id);
            if (!includeFinished)
            {
                query = query.Where(r => r.Status == ReportStatus.Routed || r.Status == ReportStatus.Accepted || r.Status == ReportStatus.Verifying || r.Status == ReportStatus.Concluded);
            }
            var rows = await query.Select(r => new
            {
                Report = r,
                // A reporter's answer newer than the unit's last reply is something the handler has to read.
                ReporterMessages = db.ReportMessages().Count(m => m.ReportId == r.Id && m.FromReporter
                    && !db.ReportMessages().Any(h => h.ReportId == r.Id && !h.FromReporter && h.Id > m.Id)),
            }).ToListAsync(cancellationToken);
            var calendar = await reports.CalendarAsync(cancellationToken);
            var tree = await regions.GetAsync(cancellationToken);
            var today = reports.Today;
            var items = rows.Select(row =>
            {
                var r = row.Report;
                var (due, dueFor) = r.Status switch
                {
                    ReportStatus.Routed => (r.AcceptDueOn, ReportsText.DueForAccept),
                    ReportStatus.Accepted or ReportStatus.Verifying => (r.EffectiveConcludeDueOn, ReportsText.DueForConclude),
                    _ => ((DateOnly?)null, (string?)null),
                };
                int? left = due is { } d ? calendar.WorkingDaysBetween(today, d) : null;
                return new Item(r.Id, r.TrackingCode, WireValue.Of(r.Category), ReportWords.Category(r.Category), WireValue.Of(r.Status), ReportWords.Status(r.Status),
                    r.EnterpriseName, r.RegionCode, tree.QualifiedName(r.RegionCode), r.RealName, r.SubmittedOn, r.RoutedOn,
                    due, dueFor, left, due is { } late && late < today, r.ExtensionRequestedTo, row.ReporterMessages);
            })
            .OrderBy(i => i.DueOn is null)
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.Id)
            .ToList();
            return Outcome<Result>.Ok(new Result(actor.Unit.Name, items, items.Count(i => i.Overdue), await urgings.OpenForUnitAsync(actor.Unit.Id, cancellationToken)));
        }
    }
}
