using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Plans;

/// <summary>
/// 进展情况 of a target or a help task (POST /api/v1/targets/{id}/progress, /api/v1/help-tasks/{id}/progress): the
/// county's departments write where it stands, and the day it was done; the ledgers show the latest.
/// </summary>
public static class RecordProgress
{
    public const int MaxProgress = 1000;

    public sealed record Command(DateOnly? On, string? Progress, bool? Completed);

    public sealed record Result(int Id, DateOnly ProgressOn, DateOnly? CompletedOn);

    public sealed class Handler(PortalDbContext db, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync<T>(int id, Command command, StaffContext actor, CancellationToken cancellationToken) where T : CampaignRecord
        {
            var record = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            // Any department of the county that owns it may write its progress; other areas do not learn it exists.
            if (record is null || !actor.Oversees(record.EnterpriseRegionCode) || actor.Unit.RegionCode != record.RegionCode)
            {
                return Outcome<Result>.NotFound(string.Format(CampaignText.PlanRecordNotFound, id));
            }
            var today = ChinaTime.Today(clock);
            var errors = new ValidationErrors();
            var on = command.On ?? today;
            if (on > today)
            {
                errors.Add("on", string.Format(CampaignText.ProgressOnFuture, on.ToString("yyyy-MM-dd")));
            }
            else if (record.ProgressOn is { } last && on < last)
            {
                errors.Add("on", string.Format(CampaignText.ProgressOnBeforeLast, on.ToString("yyyy-MM-dd"), last.ToString("yyyy-MM-dd")));
            }
            errors.Require("progress", command.Progress, CampaignText.ProgressLabel).MaxLength(command.Progress, "progress", CampaignText.ProgressLabel, MaxProgress);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            record.Progress = command.Progress!.Trim();
            record.ProgressOn = on;
            record.CompletedOn = command.Completed == true ? record.CompletedOn ?? on : command.Completed == false ? null : record.CompletedOn;
            record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(actor.UserName, "plan.progress", typeof(T).Name, id.ToString(CultureInfo.InvariantCulture), new { on, record.Progress, record.CompletedOn });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(record.Id, on, record.CompletedOn));
        }
    }
}
