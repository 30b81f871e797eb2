using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Ledgers;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Submissions;

/// <summary>
/// One submission as its unit and the levels above read it (GET /api/v1/ledger-submissions/{id}), and its workbook
/// exactly as it was sent (…/{id}/workbook), byte for byte, with the SHA-256 recorded on the day.
/// </summary>
public static class GetSubmission
{
    public sealed record Result(
        int Id, string Period, int Year, int UnitId, string UnitName, string RegionCode,
        [property: WireValues(typeof(SubmissionStatus))] string Status,
        string Sha256, string FileName, string SubmittedBy, DateOnly SubmittedOn,
        string? ReviewedBy, DateTime? ReviewedAt,
        [property: WireValues(typeof(ReturnReason))] IReadOnlyList<string> ReturnReasons,
        string? ReviewNote);

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var s = await db.Set<LedgerSubmission>().AsNoTracking().Where(s => s.Id == id)
                .Select(s => new
                {
                    s.Id, s.Period, s.Year, s.UnitId, s.UnitName, s.RegionCode, s.Status, s.Sha256, s.FileName, s.SubmittedBy, s.SubmittedOn,
                    s.ReviewedBy, s.ReviewedAt, s.ReturnReasons, s.ReviewNote,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (s is null || !actor.Oversees(s.RegionCode))
            {
                return Outcome<Result>.NotFound(string.Format(CampaignText.SubmissionNotFound, id));
            }
            return Outcome<Result>.Ok(new Result(s.Id, s.Period, s.Year, s.UnitId, s.UnitName, s.RegionCode, WireValue.Of(s.Status), s.Sha256, s.FileName,
                s.SubmittedBy, s.SubmittedOn, s.ReviewedBy, s.ReviewedAt,
                s.ReturnReasons is null ? [] : s.ReturnReasons.Split(','), s.ReviewNote));
        }

        public async Task<Outcome<GetLedgers.Download>> WorkbookAsync(int id, StaffContext actor, CancellationToken cancellationToken)
        {
            var s = await db.Set<LedgerSubmission>().AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { s.RegionCode, s.RegionPath, s.Period, s.FileName, s.Workbook })
                .SingleOrDefaultAsync(cancellationToken);
            if (s is null || !actor.Oversees(s.RegionCode))
            {
                return Outcome<GetLedgers.Download>.NotFound(string.Format(CampaignText.SubmissionNotFound, id));
            }
            return Outcome<GetLedgers.Download>.Ok(new GetLedgers.Download($"submission-{id}-{s.RegionCode}-{s.Period}.xlsx", s.FileName, GetLedgers.XlsxType, s.Workbook));
        }
    }
}
