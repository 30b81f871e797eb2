using Portal.Modules.Core.Common;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Obligations;
using Portal.Modules.Supervision.Overdue;

namespace Portal.Modules.Supervision.Dashboard;

/// <summary>
/// GET /api/v1/supervision/dashboard and the dashboard page: what is late in a supervisor's region and who is slow.
/// Every figure carries the filter of the rows it counts, so each drills down to exactly those rows.
/// </summary>
public static class GetDashboard
{
    /// <summary>A count with the query string of its rows.</summary>
    public sealed record Figure(string Label, int Value, string Rows);

    /// <summary>A share: numerator over denominator, each drilling down to its own rows; null percentage when nothing is decided yet.</summary>
    public sealed record Rate(string Label, int Numerator, int Denominator, decimal? Percent, string NumeratorRows, string DenominatorRows);

    public sealed record Median(string Label, decimal? WorkingDays, int Count, string Rows);

    /// <summary>One month of the trend, every series counted by due date so each bar drills down to its rows.</summary>
    public sealed record Month(string Key, Figure PublicationsDue, Figure PublishedOnTime, Figure ReportsDue, Figure ReportsConcludedOnTime, Figure Overdue);

    /// <summary>How one unit handles its reports: the shares signed and concluded in time, and its median handling time.</summary>
    public sealed record UnitHandling(int UnitId, string Unit, Rate AcceptedInTime, Rate ConcludedInTime, Median HandlingTime);

    public sealed record Result(
        string RegionCode,
        string RegionName,
        DateOnly Today,
        Figure Overdue,
        IReadOnlyList<Figure> OverdueByKind,
        IReadOnlyList<Figure> OverdueByRegion,
        IReadOnlyList<Figure> OverdueByUnit,
        Figure DueSoon,
        Rate PublicationTimeliness,
        Rate AcceptedInTime,
        Rate ConcludedInTime,
        Rate RealNameChecked,
        Median HandlingTime,
        IReadOnlyList<UnitHandling> HandlingByUnit,
        IReadOnlyList<Month> Trend);

    public sealed class Handler(SupervisedRegion scope, ObligationQuery obligations, RegionDirectory regions, ObligationKinds kinds)
    {
        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, string? regionCode, CancellationToken cancellationToken)
        {
            var resolved = await scope.ResolveAsync(actor, regionCode, cancellationToken);
            if (!resolved.Succeeded)
            {
                return resolved.Cast<Result>();
            }
            var region = resolved.Value!;
            var tree = await regions.GetAsync(cancellationToken);
            var all = await obligations.FindAsync(region.Path, new ObligationFilter(), cancellationToken);
            var code = region.Code;
            string Rows(ObligationFilter f) => f.ToQuery(code);
            Figure Count(string label, ObligationFilter f) => new(label, all.Count(r => Fits(r, f)), Rows(f));
            Rate Share(string label, ObligationFilter top, ObligationFilter bottom)
            {
                var n = all.Count(r => Fits(r, top));
                var d = all.Count(r => Fits(r, bottom));
                return new Rate(label, n, d, d == 0 ? null : Math.Round(100m * n / d, 1), Rows(top), Rows(bottom));
            }

            var publication = kinds.Measuring(ObligationMeasure.Publication);
            var acceptance = kinds.Measuring(ObligationMeasure.ReportAcceptance);
            var verification = kinds.Measuring(ObligationMeasure.ReportVerification);
            var overdue = new ObligationFilter(State: ObligationState.Overdue);
            var byKind = kinds.All
                .Select(k => Count(k.Title, overdue with { Kind = k.Kind }))
                .Where(f => f.Value > 0)
                .ToList();
            var overdueRows = all.Where(r => r.Overdue).ToList();
            var byUnit = overdueRows
                .GroupBy(r => (r.Obligation.UnitId, r.Obligation.UnitName))
                .Select(g => new Figure(g.Key.UnitName, g.Count(), Rows(overdue with { UnitId = g.Key.UnitId })))
                .OrderByDescending(f => f.Value)
                .ThenBy(f => f.Label, StringComparer.Ordinal)
                .ToList();
            var byRegion = tree.Children(region.Code)
                .Select(child => new Figure(child.Name, overdueRows.Count(r => r.Obligation.RegionPath.StartsWith(child.Path, StringComparison.Ordinal)), overdue.ToQuery(child.Code)))
                .Prepend(new Figure(region.Name + SupervisionText.OwnLevel, overdueRows.Count(r => r.Obligation.RegionCode == region.Code), Rows(overdue with { OwnLevel = true })))
                .Where(f => f.Value > 0)
                .ToList();

            var handled = new ObligationFilter(verification, ObligationState.Met);
            Median MedianOf(ObligationFilter f)
            {
                var days = all.Where(r => Fits(r, f)).Select(r => r.HandlingWorkingDays!.Value).Order().ToList();
                return new Median(SupervisionText.FigureMedianHandling, Middle(days), days.Count, Rows(f));
            }
            var acceptedOnTime = new ObligationFilter(acceptance, ObligationState.MetOnTime);
            var acceptedDecided = new ObligationFilter(acceptance, ObligationState.Decided);
            var concludedOnTime = new ObligationFilter(verification, ObligationState.MetOnTime);
            var concludedDecided = new ObligationFilter(verification, ObligationState.Decided);
            // Slowest first: the unit concluding the smallest share in time heads the table, units with nothing decided last.
            var handlingByUnit = all
                .Where(r => r.Obligation.Kind == acceptance || r.Obligation.Kind == verification)
                .GroupBy(r => (r.Obligation.UnitId, r.Obligation.UnitName))
                .Select(g => new UnitHandling(g.Key.UnitId, g.Key.UnitName,
                    Share(SupervisionText.FigureAcceptedInTime, acceptedOnTime with { UnitId = g.Key.UnitId }, acceptedDecided with { UnitId = g.Key.UnitId }),
                    Share(SupervisionText.FigureConcludedInTime, concludedOnTime with { UnitId = g.Key.UnitId }, concludedDecided with { UnitId = g.Key.UnitId }),
                    MedianOf(handled with { UnitId = g.Key.UnitId })))
                .OrderBy(u => u.ConcludedInTime.Percent ?? u.AcceptedInTime.Percent ?? decimal.MaxValue)
                .ThenBy(u => u.Unit, StringComparer.Ordinal)
                .ToList();

            var today = obligations.Today;
            var trend = Enumerable.Range(0, 12).Reverse()
                .Select(back => new DateOnly(today.Year, today.Month, 1).AddMonths(-back))
                .Select(first =>
                {
                    var month = new ObligationFilter(DueFrom: first, DueTo: first.AddMonths(1).AddDays(-1));
                    return new Month(
                        $"{first:yyyy-MM}",
                        Count(SupervisionText.TrendPublicationsDue, month with { Kind = publication }),
                        Count(SupervisionText.TrendPublishedOnTime, month with { Kind = publication, State = ObligationState.MetOnTime }),
                        Count(SupervisionText.TrendReportsDue, month with { Kind = verification }),
                        Count(SupervisionText.TrendReportsConcludedOnTime, month with { Kind = verification, State = ObligationState.MetOnTime }),
                        Count(SupervisionText.TrendOverdue, month with { State = ObligationState.Overdue }));
                })
                .ToList();

            return Outcome<Result>.Ok(new Result(
                region.Code,
                tree.QualifiedName(region.Code),
                today,
                Count(SupervisionText.FigureOverdue, overdue),
                byKind,
                byRegion,
                byUnit,
                Count(SupervisionText.FigureDueSoon, new ObligationFilter(State: ObligationState.DueSoon)),
                Share(SupervisionText.FigurePublicationTimeliness,
                    new ObligationFilter(publication, ObligationState.MetOnTime),
                    new ObligationFilter(publication, ObligationState.Decided)),
                Share(SupervisionText.FigureAcceptedInTime, acceptedOnTime, acceptedDecided),
                Share(SupervisionText.FigureConcludedInTime, concludedOnTime, concludedDecided),
                Share(SupervisionText.FigureRealNameChecked,
                    new ObligationFilter(verification, ObligationState.Met, Tag: ObligationTags.RealName),
                    new ObligationFilter(acceptance, Tag: ObligationTags.RealName)),
                MedianOf(handled),
                handlingByUnit,
                trend));
        }

        private bool Fits(ObligationRow row, ObligationFilter filter) =>
            (filter.Kind is null || row.Obligation.Kind == filter.Kind)
            && (filter.UnitId is null || row.Obligation.UnitId == filter.UnitId)
            && (filter.Tag is null || row.Obligation.Tag == filter.Tag)
            && (filter.DueFrom is null || row.Obligation.DueOn >= filter.DueFrom)
            && (filter.DueTo is null || row.Obligation.DueOn <= filter.DueTo)
            && obligations.Matches(row, filter.State);

        private static decimal? Middle(IReadOnlyList<int> sorted) => sorted.Count == 0
            ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2m;
    }
}
