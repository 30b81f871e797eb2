using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Ledgers;
using Portal.Modules.Campaign.Rules;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Submissions;

/// <summary>
/// A county or city sends its four ledgers for a period up to the level above (POST /api/v1/ledger-submissions): the
/// workbook is generated now and kept exactly as sent (以WPS表格报送, seed 000_6ff842427b64bf71.txt 五(三)2 and 六).
/// </summary>
public static class SubmitLedgers
{
    public sealed record Command(string? Period);

    public sealed record Result(int Id, string Period, [property: WireValues(typeof(SubmissionStatus))] string Status, DateOnly SubmittedOn, string Sha256);

    public sealed class Handler(PortalDbContext db, LedgerBuilder builder, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            if (!CampaignCalendar.TryParse(command.Period, out var period))
            {
                return Outcome<Result>.Invalid(new ValidationErrors().Add("period", string.Format(CampaignText.UnknownPeriod, command.Period)));
            }
            // "各市州牵头部门……报送" (seed 000 六): the other departments' records reach the ledgers through the lead department.
            if (actor.Unit.KindCode != DepartmentKinds.Industry)
            {
                return Outcome<Result>.Forbidden(CampaignText.OnlyLeadDepartmentSubmits);
            }
            var region = actor.Regions.Find(actor.Unit.RegionCode)!;
            if (region.Level == RegionLevel.Province)
            {
                return Outcome<Result>.Conflict(CampaignText.ProvinceSubmitsNowhere);
            }
            var earlier = await db.Set<LedgerSubmission>().AsNoTracking()
                .Where(s => s.Period == period.Key && s.UnitId == actor.Unit.Id && s.Status != SubmissionStatus.Returned)
                .Select(s => new { s.Id, s.Status })
                .FirstOrDefaultAsync(cancellationToken);
            if (earlier is not null)
            {
                return Outcome<Result>.Conflict(string.Format(
                    earlier.Status == SubmissionStatus.Accepted ? CampaignText.PeriodAlreadyAccepted : CampaignText.PeriodAwaitingReview, period.Label, earlier.Id));
            }
            var now = clock.GetUtcNow();
            var today = ChinaTime.Today(clock);
            var ledgers = await builder.BuildAsync(region, actor.Regions, period, today, cancellationToken);
            var workbook = LedgerWorkbook.Write(ledgers, actor.Unit.Name);
            var submission = new LedgerSubmission
            {
                Period = period.Key,
                Year = period.Year,
                UnitId = actor.Unit.Id,
                UnitName = actor.Unit.Name,
                RegionCode = region.Code,
                RegionPath = region.Path,
                Status = SubmissionStatus.Submitted,
                Workbook = workbook,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(workbook)),
                FileName = string.Format(CampaignText.LedgerDownloadName, ledgers.RegionName, period.Label) + ".xlsx",
                SubmittedBy = actor.UserName,
                SubmittedOn = today,
                SubmittedAt = now.UtcDateTime,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Set<LedgerSubmission>().Add(submission);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two clicks at once: the unique index let one through; the other reads as the one already awaiting review.
                return Outcome<Result>.Conflict(string.Format(CampaignText.PeriodAwaitingReview, period.Label, string.Empty));
            }
            audit.Record(actor.UserName, "ledgers.submit", nameof(LedgerSubmission), submission.Id.ToString(CultureInfo.InvariantCulture),
                new { submission.Period, submission.Sha256, rows = ledgers.Tables.Select(t => t.Rows.Count) });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome<Result>.Created(new Result(submission.Id, submission.Period, WireValue.Of(submission.Status), submission.SubmittedOn, submission.Sha256));
        }
    }
}
