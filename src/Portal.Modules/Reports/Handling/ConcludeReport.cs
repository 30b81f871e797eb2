using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports.Handling;

/// <summary>
/// 核查结论: substantiated, partly or not. A real-name report is concluded only on a verification record, because every
/// real-name report must be checked (实名举报做到有报必查, seeds/003).
/// </summary>
public static class ConcludeReport
{
    public const int MaxText = 5000;

    public sealed record Command(int Id, string? Conclusion, string? Text);

    public sealed class Handler(UnitReports reports)
    {
        public async Task<Outcome<HandledState>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            if (await reports.OwnAsync(command.Id, actor, cancellationToken) is not { } report)
            {
                return UnitReports.NotFound();
            }
            var errors = new ValidationErrors();
            var conclusion = errors.Enum<ReportConclusion>(command.Conclusion, "conclusion", ReportsText.Conclusion);
            var text = command.Text?.Trim() ?? "";
            if (text.Length < 10)
            {
                errors.Add("text", ReportsText.ConclusionTextRequired);
            }
            errors.MaxLength(text, "text", ReportsText.ConclusionText, MaxText);
            if (!errors.IsEmpty)
            {
                return Outcome<HandledState>.Invalid(errors);
            }
            if (report.Status is not (ReportStatus.Accepted or ReportStatus.Verifying))
            {
                return Outcome<HandledState>.Conflict(string.Format(ReportsText.CannotInStatus, ReportsText.ActionConclude, ReportWords.Status(report.Status)));
            }
            if (report.RealName && !await reports.HasVerificationAsync(report.Id, cancellationToken))
            {
                return Outcome<HandledState>.Conflict(ReportsText.RealNameNeedsVerification);
            }
            report.Status = ReportStatus.Concluded;
            report.Conclusion = conclusion;
            report.ConclusionText = text;
            report.ConcludedOn = reports.Today;
            report.ExtensionRequestedTo = null;
            // The note is kept in Chinese, the conclusion's word included, whatever the handler's language.
            reports.Log(report, actor, Core.Localization.PortalCultures.InChinese(() => string.Format(ReportsText.ConcludedNote, ReportWords.Conclusion(conclusion!.Value))), text);
            return await reports.SaveAsync(report, cancellationToken);
        }
    }
}
