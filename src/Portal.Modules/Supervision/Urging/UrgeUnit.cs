using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Core;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Localization;
using Portal.Modules.Core.Mail;
using Portal.Modules.Core.Staff;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Sweep;

namespace Portal.Modules.Supervision.Urging;

/// <summary>
/// POST /api/v1/supervision/obligations/{id}/urgings: a supervisor over the unit's region urges it (催办) on a deadline
/// not yet met. The note is kept on the deadline, mailed to the unit's staff who handle that kind of work, and shown on
/// their desk or queue until the deadline is met (seed 002 三: 加强督促检查).
/// </summary>
public static class UrgeUnit
{
    public const int MaxNote = 500;

    public sealed record Command(string? Note);

    public sealed record Result(long Id, long ObligationId, int Notified);

    public sealed class Handler(PortalDbContext db, StaffDirectory staff, MailOutbox outbox, Audit audit, ObligationKinds kinds, WorkingDayCalendar calendar,
        TimeProvider clock, IOptions<SupervisionOptions> options, IOptions<PortalOptions> portal, UrgingSource urgings)
    {
        public async Task<Outcome<Result>> HandleAsync(long obligationId, Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var overseen = await urgings.OverseenAsync(obligationId, actor, cancellationToken);
            if (!overseen.Succeeded)
            {
                return overseen.Cast<Result>();
            }
            var obligation = overseen.Value!;
            if (!UrgingSource.IsOpen(obligation))
            {
                var status = obligation.MetOn is null ? obligation.Status : ObligationStatus.Met;
                return Outcome<Result>.Conflict(string.Format(SupervisionText.UrgeNotOpen, SupervisionText.Status(status)));
            }
            var note = command.Note?.Trim();
            var errors = new ValidationErrors();
            if (string.IsNullOrEmpty(note))
            {
                errors.Add("note", SupervisionText.UrgeNoteRequired);
            }
            else if (note.Length > MaxNote)
            {
                errors.Add("note", string.Format(SupervisionText.UrgeNoteTooLong, MaxNote));
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var urging = new ObligationUrging
            {
                ObligationId = obligation.Id, Note = note!, UrgedBy = actor.UserName, UrgedByUnit = actor.Unit.Name, UrgedAt = clock.GetUtcNow().UtcDateTime,
            };
            var recipients = (await staff.ReachableAsync(cancellationToken))
                .Where(p => p.UnitId == obligation.UnitId && p.Roles.Contains(obligation.Role))
                .ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.ObligationUrgings().Add(urging);
            await db.SaveChangesAsync(cancellationToken);
            var standing = await StandingAsync(obligation, cancellationToken);
            var site = (options.Value.PublicUrl ?? portal.Value.Site.PublicUrl)?.TrimEnd('/') ?? string.Empty;
            foreach (var person in recipients)
            {
                // Mail to staff is Chinese, whatever language the supervisor's request was read in.
                var (subject, body) = PortalCultures.InChinese(() => (
                    string.Format(SupervisionText.MailUrgeSubject, CoreText.SiteName, kinds.TitleOf(obligation.Kind), obligation.Title),
                    string.Format(SupervisionText.MailUrgeBody, person.UserName, actor.Unit.Name, actor.UserName, kinds.TitleOf(obligation.Kind), obligation.Title,
                        obligation.DueOn.ToDateTime(TimeOnly.MinValue), standing, note, site + obligation.Link)));
                outbox.Enqueue($"urging:{urging.Id}:{person.UserId}", person.Email, person.UserName, subject, body);
            }
            audit.Record(actor.UserName, "obligation.urge", nameof(Obligation), obligation.Id.ToString(CultureInfo.InvariantCulture),
                new { kind = obligation.Kind.Wire, obligation.SubjectId, unit = obligation.UnitName, note, notified = recipients.Count });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome<Result>.Created(new Result(urging.Id, obligation.Id, recipients.Count));
        }

        private async Task<string> StandingAsync(Obligation obligation, CancellationToken cancellationToken)
        {
            var rules = await calendar.GetRulesAsync(cancellationToken);
            var today = ChinaTime.Today(clock);
            var overdue = ObligationClock.OverdueWorkingDays(rules, obligation.DueOn, today);
            return overdue > 0 ? string.Format(SupervisionText.DigestOverdue, overdue)
                : today >= obligation.DueOn ? SupervisionText.DigestDueToday
                : string.Format(SupervisionText.DigestLeft, rules.WorkingDaysBetween(today, obligation.DueOn));
        }
    }
}
