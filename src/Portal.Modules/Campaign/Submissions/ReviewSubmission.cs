using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Submissions;

/// <summary>
/// The level directly above decides on a submission (POST /api/v1/ledger-submissions/{id}/return and …/accept): back
/// with the reasons of the material review (缺漏项、判定依据不充分、处置意见不清晰, seed 000_6ff842427b64bf71.txt
/// 五(三)3) and notes, or accepted — frozen as sent, and the period's obligation met on the day it was submitted.
/// </summary>
public static class ReviewSubmission
{
    public const int MaxNote = 2000;

    public sealed record ReturnCommand([property: WireValues(typeof(ReturnReason))] IReadOnlyList<string?>? Reasons, string? Note);

    public sealed record AcceptCommand(string? Note);

    public sealed record Result(int Id, [property: WireValues(typeof(SubmissionStatus))] string Status, DateOnly? ObligationMetOn);

    public sealed class Handler(PortalDbContext db, Audit audit, TimeProvider clock, WorkingDayCalendar calendar, IObligationFulfilment fulfilment)
    {
        public async Task<Outcome<Result>> ReturnAsync(int id, ReturnCommand command, StaffContext actor, CancellationToken cancellationToken)
        {
            var (submission, refusal) = await OpenAsync(id, actor, cancellationToken);
            if (submission is null)
            {
                return refusal!.Cast<Result>();
            }
            var errors = new ValidationErrors();
            var reasons = new List<ReturnReason>();
            var given = command.Reasons ?? [];
            if (given.Count == 0)
            {
                errors.Add("reasons", CampaignText.ReturnReasonsRequired);
            }
            for (var i = 0; i < given.Count; i++)
            {
                if (errors.Enum<ReturnReason>(given[i], $"reasons[{i}]", CampaignText.ReturnReasonLabel) is { } reason && !reasons.Contains(reason))
                {
                    reasons.Add(reason);
                }
            }
            errors.Require("note", command.Note, CampaignText.ReviewNoteLabel).MaxLength(command.Note, "note", CampaignText.ReviewNoteLabel, MaxNote);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            submission.Status = SubmissionStatus.Returned;
            submission.ReturnReasons = string.Join(',', reasons.Select(WireValue.Of));
            Reviewed(submission, command.Note, actor);
            audit.Record(actor.UserName, "ledgers.return", nameof(LedgerSubmission), id.ToString(CultureInfo.InvariantCulture), new { submission.ReturnReasons, submission.ReviewNote });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(id, WireValue.Of(submission.Status), null));
        }

        public async Task<Outcome<Result>> AcceptAsync(int id, AcceptCommand command, StaffContext actor, CancellationToken cancellationToken)
        {
            var (submission, refusal) = await OpenAsync(id, actor, cancellationToken);
            if (submission is null)
            {
                return refusal!.Cast<Result>();
            }
            var errors = new ValidationErrors().MaxLength(command.Note, "note", CampaignText.ReviewNoteLabel, MaxNote);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            submission.Status = SubmissionStatus.Accepted;
            Reviewed(submission, command.Note, actor);
            CampaignCalendar.TryParse(submission.Period, out var period);
            var level = actor.Regions.Find(submission.RegionCode)!.Level;
            var obligation = CampaignCalendar.ObligationOf(period, level, await calendar.GetRulesAsync(cancellationToken));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (obligation is not null)
            {
                await fulfilment.FulfilAsync(obligation, submission.UnitId, submission.SubmittedOn, actor.UserName,
                    string.Format(CampaignText.FulfilledBySubmission, submission.Id, actor.Unit.Name), cancellationToken);
            }
            audit.Record(actor.UserName, "ledgers.accept", nameof(LedgerSubmission), id.ToString(CultureInfo.InvariantCulture), new { submission.Sha256, submission.ReviewNote });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(id, WireValue.Of(submission.Status), obligation is null ? null : submission.SubmittedOn));
        }

        /// <summary>A submission awaiting review by the actor's level: the one directly above the submitting unit's region.</summary>
        private async Task<(LedgerSubmission?, Outcome<object>?)> OpenAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var submission = await db.Set<LedgerSubmission>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (submission is null || !actor.Oversees(submission.RegionCode))
            {
                return (null, Outcome<object>.NotFound(string.Format(CampaignText.SubmissionNotFound, id)));
            }
            if (actor.Regions.Find(submission.RegionCode)?.ParentCode != actor.Unit.RegionCode)
            {
                return (null, Outcome<object>.Forbidden(string.Format(CampaignText.NotTheLevelAbove, submission.UnitName)));
            }
            if (submission.Status != SubmissionStatus.Submitted)
            {
                return (null, Outcome<object>.Conflict(string.Format(CampaignText.SubmissionDecided, id, StatusTitle(submission.Status))));
            }
            return (submission, null);
        }

        private void Reviewed(LedgerSubmission submission, string? note, StaffContext actor)
        {
            submission.ReviewerUnitId = actor.Unit.Id;
            submission.ReviewedBy = actor.UserName;
            submission.ReviewedAt = clock.GetUtcNow().UtcDateTime;
            submission.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        }
    }

    public static string StatusTitle(SubmissionStatus status) => CampaignText.Get("Submission" + status);
}
