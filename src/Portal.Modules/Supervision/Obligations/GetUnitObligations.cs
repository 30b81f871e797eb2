using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Core.Deadlines;

namespace Portal.Modules.Supervision.Obligations;

/// <summary>GET /api/v1/obligations: the caller's own unit's deadlines, open ones first, for editors and handlers.</summary>
public static class GetUnitObligations
{
    public sealed record Result(string Unit, IReadOnlyList<ListObligations.Item> Items);

    public sealed class Handler(ObligationQuery obligations, RegionDirectory regions, ObligationKinds kinds)
    {
        public async Task<Outcome<Result>> HandleAsync(StaffContext actor, bool includeMet, CancellationToken cancellationToken)
        {
            var tree = await regions.GetAsync(cancellationToken);
            var path = tree.Find(actor.Unit.RegionCode)?.Path ?? "/";
            var rows = await obligations.FindAsync(path, new ObligationFilter(UnitId: actor.Unit.Id, State: includeMet ? ObligationState.All : ObligationState.Open), cancellationToken);
            return Outcome<Result>.Ok(new Result(actor.Unit.Name, rows.Select(r => ListObligations.Handler.ToItem(r, kinds)).ToList()));
        }
    }
}
