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

    /// <param name="All">Finished reports too.</param>
    /// <param name="Status">One status (wire value), or any.</param>
    /// <param name="Category">One category (wire value), or any.</param>
    /// <param name="RealName">Real-name (true) or anonymous (false) reports only.</param>
    /// <param name="Overdue">Only those past their due date.</param>
    /// <param name="Sort"><c>due</c> (most urgent first, the default), <c>submitted</c> (newest first) or <c>region</c>.</param>
    public sealed record Query(bool All = false, string? Status = null, string? Category = null, bool? RealName = null, bool Overdue = false, string? Sort = null);

    public static readonly IReadOnlyList<string> Sorts = ["due", "submitted", "region"];

    public sealed record Result(string UnitName, IReadOnlyList<Item> Items, int Overdue, IReadOnlyList<Urging> Urgings)
    {
        public Query Query { get; init; } = new();
    }

    public sealed class Handler(PortalDbContext db, UnitReports reports, RegionDirectory regions, Urgings urgings)
    {
        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, bool includeFinished, CancellationToken cancellationToken) =>
            await HandleAsync(actor, new Query(includeFinished), cancellationToken);

        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, Query filter, CancellationToken cancellationToken)
        {
            var includeFinished = filter.All;
            var errors = new ValidationErrors();
            var status = errors.Enum<ReportStatus>(filter.Status, "status");
            var category = errors.Enum<ReportCategory>(filter.Category, "category");
            if (filter.Sort is { } sort && !Sorts.Contains(sort))
            {
                errors.Add("sort", string.Format(Core.CoreText.UnknownValue, sort, string.Join("、", Sorts)));
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
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
            var items = rows.Where(row => (status is null || row.Report.Status == status) && (category is null || row.Report.Category == category)
                    && (filter.RealName is null || row.Report.RealName == filter.RealName)).Select(row =>
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
            .Where(i => !filter.Overdue || i.Overdue);
            var sorted = (filter.Sort switch
            {
                "submitted" => items.OrderByDescending(i => i.SubmittedOn).ThenByDescending(i => i.Id),
                "region" => items.OrderBy(i => i.RegionCode, StringComparer.Ordinal).ThenBy(i => i.DueOn is null).ThenBy(i => i.DueOn),
                _ => items.OrderBy(i => i.DueOn is null).ThenBy(i => i.DueOn).ThenBy(i => i.Id),
            }).ToList();
            return Outcome<Result>.Ok(new Result(actor.Unit.Name, sorted, sorted.Count(i => i.Overdue), await urgings.OpenForUnitAsync(actor.Unit.Id, cancellationToken))
            {
                Query = filter,
            });
        }
    }
}
