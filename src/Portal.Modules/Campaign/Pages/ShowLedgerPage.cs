using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Ledgers;
using Portal.Modules.Campaign.Rules;
using Portal.Modules.Campaign.Submissions;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Pages;

/// <summary>
/// The back office's 台账与报送 page (/backoffice/campaign): a period's four ledgers of the unit's region to download,
/// the unit's own submissions with what came back, and for a city or the province who below has and has not sent.
/// </summary>
public static class ShowLedgerPage
{
    public sealed record Query(string? Period);

    public sealed record Own(int Id, SubmissionStatus Status, DateOnly SubmittedOn, string SubmittedBy, string Sha256, string? ReviewedBy,
        IReadOnlyList<ReturnReason> Reasons, string? Note);

    public sealed record Result(
        IReadOnlyList<ReportingPeriod> Periods, ReportingPeriod Period, GetLedgers.Result Ledgers, IReadOnlyList<Own> Submissions,
        bool CanSubmit, ListSubmissions.Result? Below, bool CanReview);

    public sealed class Handler(PortalDbContext db, GetLedgers.Handler ledgers, ListSubmissions.Handler below, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, StaffContext actor, CancellationToken cancellationToken)
        {
            var year = ChinaTime.Today(clock).Year;
            var periods = new[] { year, year - 1 }.SelectMany(y => CampaignCalendar.Stages.Select(s => CampaignCalendar.Period(y, s))).ToList();
            var period = CampaignCalendar.TryParse(query.Period, out var chosen) ? chosen : DefaultPeriod(ChinaTime.Today(clock));
            var tables = await ledgers.HandleAsync(period.Key, new GetLedgers.Query(null), actor, cancellationToken);
            if (!tables.Succeeded)
            {
                return tables.Cast<Result>();
            }
            var own = (await db.Set<LedgerSubmission>().AsNoTracking()
                    .Where(s => s.Period == period.Key && s.UnitId == actor.Unit.Id)
                    .OrderByDescending(s => s.Id)
                    .Select(s => new { s.Id, s.Status, s.SubmittedOn, s.SubmittedBy, s.Sha256, s.ReviewedBy, s.ReturnReasons, s.ReviewNote })
                    .ToListAsync(cancellationToken))
                .Select(s => new Own(s.Id, s.Status, s.SubmittedOn, s.SubmittedBy, s.Sha256, s.ReviewedBy,
                    s.ReturnReasons is null ? [] : [.. s.ReturnReasons.Split(',').Select(r => WireValue.TryParse<ReturnReason>(r, out var reason) ? reason : ReturnReason.Other)],
                    s.ReviewNote))
                .ToList();
            var level = actor.Regions.Find(actor.Unit.RegionCode)!.Level;
            var canSubmit = actor.Has(CampaignPermissions.SubmitLedgers) && actor.Unit.KindCode == DepartmentKinds.Industry && level != RegionLevel.Province
                && own.All(s => s.Status == SubmissionStatus.Returned);
            var units = level == RegionLevel.County ? null : (await below.HandleAsync(new ListSubmissions.Query(period.Key, null), actor, cancellationToken)).Value;
            return Outcome<Result>.Ok(new Result(periods, period, tables.Value!, own, canSubmit, units, actor.Has(CampaignPermissions.ReviewLedgers)));
        }

        /// <summary>The period whose ledgers fall due next: the plan until June, the quarters after, the summary in December.</summary>
        private static ReportingPeriod DefaultPeriod(DateOnly today) => today.Month switch
        {
            <= 1 when today.Day <= 15 => CampaignCalendar.Period(today.Year - 1, "q4"),
            <= 6 => CampaignCalendar.Period(today.Year, CampaignCalendar.Plan),
            <= 7 when today.Day <= 10 => CampaignCalendar.Period(today.Year, "q2"),
            <= 10 when today.Month < 10 || today.Day <= 10 => CampaignCalendar.Period(today.Year, "q3"),
            <= 12 when today.Month == 12 && today.Day <= 15 => CampaignCalendar.Period(today.Year, CampaignCalendar.Summary),
            _ => CampaignCalendar.Period(today.Year, "q4"),
        };
    }
}
