using Portal.Modules.Core.Common;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Overdue;

namespace Portal.Modules.Supervision.Obligations;

/// <summary>
/// GET /api/v1/supervision/obligations (and its CSV and page): the rows behind any dashboard figure, in a
/// supervisor's region subtree.
/// </summary>
public static class ListObligations
{
    public sealed record Query(string? RegionCode, string? Kind, string? State, int? UnitId, string? Tag, DateOnly? DueFrom, DateOnly? DueTo, bool OwnLevel = false);

    public sealed record Item(long Id, string Kind, string KindName, string SubjectId, string Title, int UnitId, string Unit, string RegionCode,
        DateOnly StartedOn, DateOnly DueOn, DateOnly? MetOn, string Status, string StatusName, int OverdueWorkingDays, int? WorkingDaysLeft,
        int? HandlingWorkingDays, string? Tag, string Link, bool Manual, string? FulfilledBy, string? FulfilmentNote, string? SupervisorLink = null);

    public sealed record Result(string RegionCode, string RegionName, ObligationFilter Filter, int Total, IReadOnlyList<Item> Items);

    public sealed class Handler(SupervisedRegion scope, ObligationQuery obligations, ObligationKinds kinds)
    {
        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, Query query, CancellationToken cancellationToken)
        {
            var region = await scope.ResolveAsync(actor, query.RegionCode, cancellationToken);
            if (!region.Succeeded)
            {
                return region.Cast<Result>();
            }
            var filter = Parse(query, kinds, out var errors);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var rows = await obligations.FindAsync(region.Value!.Path, filter, cancellationToken);
            var items = rows.Select(r => ToItem(r, kinds)).ToList();
            return Outcome<Result>.Ok(new Result(region.Value.Code, region.Value.Name, filter, items.Count, items));
        }

        public static Item ToItem(ObligationRow row, ObligationKinds kinds)
        {
            var o = row.Obligation;
            var status = row.Met ? Data.ObligationStatus.Met : row.Overdue ? Data.ObligationStatus.Overdue : o.Status;
            return new Item(o.Id, o.Kind.Wire, kinds.TitleOf(o.Kind), o.SubjectId, o.Title, o.UnitId, o.UnitName, o.RegionCode,
                o.StartedOn, o.DueOn, o.MetOn, WireValue.Of(status), SupervisionText.Status(status), row.OverdueWorkingDays, row.WorkingDaysLeft,
                row.HandlingWorkingDays, o.Tag, o.Link, kinds.IsFulfilledByHand(o.Kind), o.FulfilledBy, o.FulfilmentNote, kinds.SupervisorLinkOf(o.Kind, o.SubjectId));
        }

        private static ObligationFilter Parse(Query query, ObligationKinds kinds, out ValidationErrors errors)
        {
            errors = new ValidationErrors();
            ObligationKind? kind = null;
            if (!string.IsNullOrWhiteSpace(query.Kind))
            {
                if (kinds.TryParse(query.Kind, out var k))
                {
                    kind = k;
                }
                else
                {
                    errors.Add("kind", string.Format(SupervisionText.KindUnknown, query.Kind, kinds.WireList));
                }
            }
            var state = ObligationState.All;
            if (!string.IsNullOrWhiteSpace(query.State) && !WireValue.TryParse(query.State, out state))
            {
                errors.Add("state", string.Format(SupervisionText.StatusUnknown, query.State, WireValue.List<ObligationState>()));
            }
            return new ObligationFilter(kind, state, query.UnitId, string.IsNullOrWhiteSpace(query.Tag) ? null : query.Tag.Trim(), query.DueFrom, query.DueTo, query.OwnLevel);
        }
    }
}
