using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>What every handling step answers: where the report now stands and what is due next.</summary>
public sealed record HandledState(int Id, string TrackingCode, string Status, string StatusName, DateOnly? AcceptDueOn, DateOnly? ConcludeDueOn,
    DateOnly? ExtensionRequestedTo, int? UnitId);

/// <summary>
/// The reports of the caller's own unit, and nobody else's: a report in another unit's queue reads as not found, so
/// staff of one department cannot even learn that another department holds a report (docs/architecture.md,
/// "Protecting people who report").
/// </summary>
public sealed class UnitReports(PortalDbContext db, WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>Working days a unit has after signing for a report to conclude it (限期核查, 003 四(三); 15 in our rules).</summary>
    public const int ConcludeWorkingDays = 15;

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<Report?> OwnAsync(int id, StaffContext actor, CancellationToken cancellationToken) =>
        actor.Has(ReportsPermissions.HandleReports)
            ? await db.Reports().FirstOrDefaultAsync(r => r.Id == id && r.UnitId == actor.Unit.Id, cancellationToken)
            : null;

    /// <summary>A report a supervisor may look at (read-only): its handling unit, or its region before routing, lies within the supervisor's.</summary>
    public async Task<Report?> OverseenAsync(int id, StaffContext actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(Permissions.Supervise) || await db.Reports().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return null;
        }
        var region = report.UnitId is { } unit
            ? await db.DepartmentUnits.AsNoTracking().Where(u => u.Id == unit).Select(u => u.RegionCode).FirstAsync(cancellationToken)
            : report.RegionCode;
        return actor.Oversees(region) ? report : null;
    }

    public Task<WorkingDayRules> CalendarAsync(CancellationToken cancellationToken) => calendar.GetRulesAsync(cancellationToken);

    public void Log(Report report, StaffContext actor, string note, string? internalNote = null) =>
        db.ReportEvents().Add(new ReportEvent
        {
            ReportId = report.Id,
            At = clock.GetUtcNow().UtcDateTime,
            Status = report.Status,
            Note = note,
            InternalNote = internalNote,
            UnitId = actor.Unit.Id,
            StaffUserName = actor.UserName,
        });

    public Task<bool> HasVerificationAsync(int reportId, CancellationToken cancellationToken) =>
        db.ReportEvents().AnyAsync(e => e.ReportId == reportId && e.Status == ReportStatus.Verifying && e.InternalNote != null, cancellationToken);

    public Task<bool> HasReplyAsync(int reportId, CancellationToken cancellationToken) =>
        db.ReportMessages().AnyAsync(m => m.ReportId == reportId && !m.FromReporter, cancellationToken);

    /// <summary>Saves one step; a step raced by another handler (or node) is refused rather than silently overwritten.</summary>
    public async Task<Outcome<HandledState>> SaveAsync(Report report, CancellationToken cancellationToken)
    {
        report.Version++;
        report.ChangedOn = Today;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<HandledState>.Conflict(ReportsText.ChangedMeanwhile);
        }
        return Outcome<HandledState>.Ok(StateOf(report));
    }

    public static HandledState StateOf(Report r) =>
        new(r.Id, r.TrackingCode, WireValue.Of(r.Status), ReportWords.Status(r.Status), r.Status == ReportStatus.Routed ? r.AcceptDueOn : null,
            r.Status is ReportStatus.Accepted or ReportStatus.Verifying ? r.EffectiveConcludeDueOn : null, r.ExtensionRequestedTo, r.UnitId);

    public static Outcome<HandledState> NotFound() => Outcome<HandledState>.NotFound(ReportsText.ReportNotInQueue);

    public static Outcome<HandledState> Refuse(string field, string message) => Outcome<HandledState>.Invalid(new ValidationErrors().Add(field, message));

    public static bool IsOpen(Report r) => r.Status is ReportStatus.Routed or ReportStatus.Accepted or ReportStatus.Verifying;
}
