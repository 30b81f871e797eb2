using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;
using Portal.Modules.Reports.Intake;

namespace Portal.Modules.Reports.Handling;

/// <summary>
/// Results are published for public supervision (seeds/001 五(三)): a text the handler writes for the public, with
/// no reporter data; it shows on the enterprise's page. A text naming the reporter (name, phone, ID number) is refused.
/// </summary>
public static class PublishOutcome
{
    public const int MaxText = 2000;

    public sealed class Handler(UnitReports reports, IdentityProtector identities)
    {
        public async Task<Outcome<HandledState>> HandleAsync(int id, string? text, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            var body = text?.Trim() ?? "";
            if (body.Length < 10)
            {
                return UnitReports.Refuse("text", ReportsText.OutcomeRequired);
            }
            if (body.Length > MaxText)
            {
                return UnitReports.Refuse("text", string.Format(ReportsText.TooLong, ReportsText.PublicOutcome, MaxText));
            }
            if (report.Status is not (ReportStatus.Concluded or ReportStatus.Closed))
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionPublish, ReportWords.Status(report.Status)));
            }
            if (report.ProtectedIdentity is { } sealedIdentity && Mentions(body, identities.Unprotect(sealedIdentity)))
            {
                return UnitReports.Refuse("text", ReportsText.OutcomeNamesReporter);
            }
            report.PublicOutcome = body;
            report.OutcomePublishedOn = reports.Today;
            reports.Log(report, actor, ReportsText.OutcomePublishedNote);
            return await reports.SaveAsync(report, cancellationToken);
        }

        private static bool Mentions(string text, ReporterIdentity who) =>
            new[] { who.Name, who.Phone, who.IdNumber }.Any(part => !string.IsNullOrWhiteSpace(part) && text.Contains(part, StringComparison.OrdinalIgnoreCase));
    }
}
