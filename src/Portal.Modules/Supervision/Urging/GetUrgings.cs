using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Obligations;

namespace Portal.Modules.Supervision.Urging;

/// <summary>GET /api/v1/supervision/obligations/{id}/urgings: one deadline of a unit the supervisor oversees, and every urging of it.</summary>
public static class GetUrgings
{
    public sealed record Result(ListObligations.Item Obligation, bool CanUrge, IReadOnlyList<Core.Deadlines.Urging> Urgings);

    public sealed class Handler(ObligationQuery obligations, ObligationKinds kinds, UrgingSource urgings, Core.Calendar.WorkingDayCalendar calendar)
    {
        public async Task<Outcome<Result>> HandleAsync(long obligationId, StaffContext actor, CancellationToken cancellationToken)
        {
            var overseen = await urgings.OverseenAsync(obligationId, actor, cancellationToken);
            if (!overseen.Succeeded)
            {
                return overseen.Cast<Result>();
            }
            var obligation = overseen.Value!;
            var rules = await calendar.GetRulesAsync(cancellationToken);
            var row = ObligationQuery.Evaluate([obligation], rules, obligations.Today).Single();
            return Outcome<Result>.Ok(new Result(ListObligations.Handler.ToItem(row, kinds), UrgingSource.IsOpen(obligation),
                await urgings.ForObligationAsync(obligation.Id, cancellationToken)));
        }
    }
}
