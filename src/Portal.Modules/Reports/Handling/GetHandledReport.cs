using Portal.Modules.Reports.Deadlines;
using Portal.Modules.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>One report as its handling unit sees it: everything but the reporter's identity, which is a separate, audited read.</summary>
public static class GetHandledReport
{
    public sealed record Step(DateTime At, string Status, string StatusName, string Note, string? InternalNote, string? Unit, string? StaffUserName);

    public sealed record Message(long Id, DateTime At, string From, string Text);

    public sealed record Attachment(long Id, string Kind, long Size, string Sha256, bool FromReporter, DateOnly AddedOn);

    public sealed record Result(int Id, string TrackingCode, string Category, string CategoryName, string Status, string StatusName,
        string RegionCode, string RegionName, string EnterpriseName, string? EnterpriseCreditCode, bool EnterpriseRegistered, string? Address,
        string Description, bool RealName, DateOnly SubmittedOn, DateOnly? RoutedOn, DateOnly? AcceptDueOn, DateOnly? AcceptedOn,
        DateOnly? ConcludeDueOn, DateOnly? ExtendedTo, DateOnly? ExtensionRequestedTo, string? ExtensionReason, DateOnly? ConcludedOn,
        string? Conclusion, string? ConclusionText, DateOnly? ClosedOn, string? PublicOutcome, DateOnly? OutcomePublishedOn,
        bool HasVerification, bool HasReply, IReadOnlyList<Step> Timeline, IReadOnlyList<Message> Messages, IReadOnlyList<Attachment> Attachments,
        IReadOnlyList<Urging> Urgings);

    public sealed class Handler(PortalDbContext db, UnitReports reports, RegionDirectory regions, Urgings urgings)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken) =>
            await reports.OwnAsync(id, actor, cancellationToken) is { } r ? Outcome<Result>.Ok(await ShapeAsync(r, cancellationToken)) : Outcome<Result>.NotFound(ReportsText.ReportNotInQueue);

        /// <summary>
        /// GET /api/v1/supervision/reports/{id} and its page: a supervisor over the handling unit reads the report as the unit
        /// does, without the reporter's identity, and cannot act on it.
        /// </summary>
        public async Task<Outcome<Result>> SupervisedAsync(int id, StaffContext actor, CancellationToken cancellationToken) =>
            await reports.OverseenAsync(id, actor, cancellationToken) is { } r ? Outcome<Result>.Ok(await ShapeAsync(r, cancellationToken)) : Outcome<Result>.NotFound(ReportsText.ReportNotFound);

        private async Task<Result> ShapeAsync(Report r, CancellationToken cancellationToken)
        {
            var id = r.Id;
            var units = await db.DepartmentUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
            var steps = await db.ReportEvents().AsNoTracking().Where(e => e.ReportId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            var messages = await db.ReportMessages().AsNoTracking().Where(m => m.ReportId == id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
            var files = await db.ReportAttachments().AsNoTracking().Where(a => a.ReportId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            var tree = await regions.GetAsync(cancellationToken);
            return new Result(r.Id, r.TrackingCode, WireValue.Of(r.Category), ReportWords.Category(r.Category),
                WireValue.Of(r.Status), ReportWords.Status(r.Status), r.RegionCode, tree.QualifiedName(r.RegionCode), r.EnterpriseName,
                r.EnterpriseCreditCode, r.EnterpriseId is not null, r.Address, r.Description, r.RealName, r.SubmittedOn, r.RoutedOn, r.AcceptDueOn,
                r.AcceptedOn, r.ConcludeDueOn, r.ExtendedTo, r.ExtensionRequestedTo, r.ExtensionReason, r.ConcludedOn,
                r.Conclusion is { } c ? WireValue.Of(c) : null, r.ConclusionText, r.ClosedOn, r.PublicOutcome, r.OutcomePublishedOn,
                steps.Any(e => e.Status == ReportStatus.Verifying && e.InternalNote != null), messages.Any(m => !m.FromReporter),
                steps.Select(e => new Step(e.At, WireValue.Of(e.Status), ReportWords.Status(e.Status), e.Note, e.InternalNote,
                    e.UnitId is { } u ? units.GetValueOrDefault(u) : null, e.StaffUserName)).ToList(),
                messages.Select(m => new Message(m.Id, m.At, m.FromReporter ? "reporter" : "handler", m.Text)).ToList(),
                files.Select(a => new Attachment(a.Id, WireValue.Of(a.Kind), a.Size, a.Sha256, a.FromReporter, a.AddedOn)).ToList(),
                await urgings.ForSubjectAsync(ReportObligations.OfReport, id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken));
        }
    }
}
