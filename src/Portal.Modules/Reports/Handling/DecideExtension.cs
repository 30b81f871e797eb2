using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>A supervisor whose region covers the handling unit approves or refuses a requested extension.</summary>
public static class DecideExtension
{
    public sealed record Command(int Id, bool Approve, string? Note);

    public sealed record Pending(int Id, string TrackingCode, string Category, string UnitName, DateOnly? ConcludeDueOn, DateOnly RequestedTo, string? Reason);

    public sealed class Handler(PortalDbContext db, UnitReports reports, TimeProvider clock)
    {
        /// <summary>Requests waiting in the supervisor's region subtree.</summary>
        public async Task<IReadOnlyList<Pending>> PendingAsync(StaffContext actor, CancellationToken cancellationToken)
        {
            if (!actor.Has(Permissions.Supervise))
            {
                return [];
            }
            var waiting = await db.Reports().AsNoTracking().Where(r => r.ExtensionRequestedTo != null)
                .Join(db.DepartmentUnits, r => r.UnitId, u => u.Id, (r, u) => new { Report = r, Unit = u })
                .ToListAsync(cancellationToken);
            return waiting.Where(w => actor.Oversees(w.Unit.RegionCode))
                .Select(w => new Pending(w.Report.Id, w.Report.TrackingCode, ReportWords.Category(w.Report.Category), w.Unit.Name,
                    w.Report.ConcludeDueOn, w.Report.ExtensionRequestedTo!.Value, w.Report.ExtensionReason))
                .OrderBy(p => p.ConcludeDueOn).ToList();
        }

        public async Task<Outcome<HandledState>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var report = await db.Reports().FirstOrDefaultAsync(r => r.Id == command.Id, cancellationToken);
            var unit = report?.UnitId is { } unitId ? await db.DepartmentUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) : null;
            if (report is null || unit is null || !actor.Has(Permissions.Supervise) || !actor.Oversees(unit.RegionCode))
            {
                return UnitReports.NotFound();
            }
            if (report.ExtensionRequestedTo is not { } until)
            {
                return Outcome<HandledState>.Conflict(ReportsText.NoExtensionPending);
            }
            if (command.Approve)
            {
                report.ExtendedTo = until;
            }
            else
            {
                report.ExtensionReason = null;
            }
            report.ExtensionRequestedTo = null;
            var note = command.Note?.Trim();
            db.ReportEvents().Add(new ReportEvent
            {
                ReportId = report.Id,
                At = clock.GetUtcNow().UtcDateTime,
                Status = report.Status,
                Note = command.Approve ? string.Format(ReportsText.ExtensionApprovedNote, until) : ReportsText.ExtensionRefusedNote,
                InternalNote = string.IsNullOrWhiteSpace(note) ? null : note[..Math.Min(note.Length, Reassign.MaxReason)],
                UnitId = actor.Unit.Id,
                StaffUserName = actor.UserName,
            });
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
