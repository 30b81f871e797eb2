using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision.Obligations;

/// <summary>
/// POST /api/v1/obligations/{id}/fulfilment: the responsible unit records an obligation that no other record shows
/// as done — a 情况通报 sent, a ledger or the annual summary submitted, a sealed-equipment re-check made.
/// </summary>
public static class FulfilObligation
{
    public const int MaxNote = 1000;

    public sealed record Command(DateOnly? FulfilledOn, string? Note);

    public sealed record Result(long Id, DateOnly MetOn);

    /// <remarks>Only kinds <see cref="ObligationKindDefinition.FulfilledByHand"/> are met this way; the others follow their subject (a publication, a report).</remarks>
    public sealed class Handler(PortalDbContext db, Audit audit, TimeProvider clock, ObligationKinds kinds)
    {
        public async Task<Outcome<Result>> HandleAsync(long id, Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var obligation = await db.Obligations().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (obligation is null || !actor.ActsFor(obligation.UnitId))
            {
                return Outcome<Result>.NotFound(SupervisionText.ObligationNotFound);
            }
            if (!kinds.IsFulfilledByHand(obligation.Kind))
            {
                return Outcome<Result>.Conflict(string.Format(SupervisionText.NotManual, kinds.TitleOf(obligation.Kind)));
            }
            if (obligation.Status == ObligationStatus.Lapsed)
            {
                return Outcome<Result>.Conflict(SupervisionText.AlreadyLapsed);
            }
            if (obligation.MetOn is { } met)
            {
                return Outcome<Result>.Conflict(string.Format(SupervisionText.AlreadyMet, met.ToDateTime(TimeOnly.MinValue)));
            }
            var today = ChinaTime.Today(clock);
            var errors = new ValidationErrors();
            if (command.FulfilledOn is null)
            {
                errors.Add("fulfilledOn", SupervisionText.FulfilledOnRequired);
            }
            else if (command.FulfilledOn > today)
            {
                errors.Add("fulfilledOn", string.Format(SupervisionText.FulfilledOnFuture, today.ToDateTime(TimeOnly.MinValue)));
            }
            if (command.Note?.Trim().Length > MaxNote)
            {
                errors.Add("note", string.Format(SupervisionText.NoteTooLong, MaxNote));
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            obligation.FulfilledOn = command.FulfilledOn;
            obligation.FulfilledBy = actor.UserName;
            obligation.FulfilmentNote = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
            obligation.MetOn = command.FulfilledOn;
            obligation.Status = ObligationStatus.Met;
            obligation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(actor.UserName, "obligation.fulfil", nameof(Obligation), obligation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new { kind = obligation.Kind.Wire, obligation.SubjectId, on = command.FulfilledOn, note = obligation.FulfilmentNote });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(obligation.Id, command.FulfilledOn!.Value));
        }
    }
}
