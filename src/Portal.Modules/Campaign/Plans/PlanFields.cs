using System.Globalization;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Plans;

/// <summary>What targets and help tasks check and store the same way.</summary>
internal static class PlanFields
{
    /// <summary>The campaign year: this year unless given; a plan may be written for next year in December, not further.</summary>
    public static int? Year(int? given, TimeProvider clock, ValidationErrors errors)
    {
        var thisYear = ChinaTime.Today(clock).Year;
        var year = given ?? thisYear;
        if (year < 2000 || year > thisYear + 1)
        {
            errors.Add("year", string.Format(CampaignText.YearOutOfRange, year, thisYear + 1));
            return null;
        }
        return year;
    }

    /// <summary>The audit entry names the new id, so the record and its entry commit together.</summary>
    public static async Task SaveWithAuditAsync<T>(PortalDbContext db, Audit audit, T record, StaffContext actor, string action, object details, CancellationToken cancellationToken)
        where T : CampaignRecord
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<T>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor.UserName, action, typeof(T).Name, record.Id.ToString(CultureInfo.InvariantCulture), details);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
