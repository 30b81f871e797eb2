using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Campaign.Ledgers;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Deadlines;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Plans;

/// <summary>
/// The plan's own deadlines for supervision: each target of 附表3 is due on its 完成时限 and met when its progress says
/// it is done; so is each help task of 附表4 that has a date (seed 000_6ff842427b64bf71.txt 六: "逐户企业明确工作进度和时限要求").
/// </summary>
public sealed class PlanObligations : IObligationKindProvider
{
    public static readonly ObligationKind TargetDeadline = new("CampaignTarget");
    public static readonly ObligationKind HelpTaskDeadline = new("CampaignHelpTask");

    public IEnumerable<ObligationKindDefinition> Kinds =>
    [
        new(TargetDeadline, CampaignText.ObligationTarget, 60),
        new(HelpTaskDeadline, CampaignText.ObligationHelpTask, 62),
    ];
}

/// <summary>Reads targets or help tasks for the sweep, in bounded batches and by what changed since the last sweep.</summary>
public abstract class PlanDeadlines<T>(PortalDbContext db) : IObligationSource where T : CampaignRecord
{
    public abstract IReadOnlyCollection<ObligationKind> Kinds { get; }

    public async Task<IReadOnlyList<long>> SubjectsAsync(SubjectQuery query, CancellationToken cancellationToken)
    {
        var after = (int)query.After;
        var records = db.Set<T>().AsNoTracking().Where(r => r.Id > after);
        if (query.ChangedSince is { } since)
        {
            var moment = since.UtcDateTime;
            records = records.Where(r => r.UpdatedAt >= moment);
        }
        var ordered = records.OrderBy(r => r.Id);
        return await (query.Limit == int.MaxValue ? ordered : ordered.Take(query.Limit)).Select(r => (long)r.Id).ToListAsync(cancellationToken);
    }

    public async Task<ObligationBatch> CollectAsync(IReadOnlyList<long> subjects, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = subjects.Select(i => (int)i).ToList();
        var rows = await db.Set<T>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var facts = rows.Select(Fact).OfType<ObligationFact>().ToList();
        return new ObligationBatch(ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToHashSet(), facts, []);
    }

    protected abstract ObligationFact? Fact(T record);

    protected static string Id(T record) => record.Id.ToString(CultureInfo.InvariantCulture);

    protected static DateOnly Started(T record) => ChinaTime.DateOf(record.CreatedAt);
}

public sealed class TargetDeadlines(PortalDbContext db) : PlanDeadlines<Target>(db)
{
    public override IReadOnlyCollection<ObligationKind> Kinds { get; } = [PlanObligations.TargetDeadline];

    protected override ObligationFact Fact(Target t) => new(PlanObligations.TargetDeadline, Id(t),
        string.Format(CampaignText.TargetObligationTitle, t.EnterpriseName, LedgerBuilder.TargetTitle(t.Kind)),
        t.UnitId, Started(t), t.DueOn, t.CompletedOn, "/backoffice/campaign", Roles.Editor);
}

public sealed class HelpTaskDeadlines(PortalDbContext db) : PlanDeadlines<HelpTask>(db)
{
    public override IReadOnlyCollection<ObligationKind> Kinds { get; } = [PlanObligations.HelpTaskDeadline];

    protected override ObligationFact? Fact(HelpTask t) => t.DueOn is not { } due ? null : new(PlanObligations.HelpTaskDeadline, Id(t),
        string.Format(CampaignText.HelpTaskObligationTitle, t.EnterpriseName, t.Matter),
        t.UnitId, Started(t), due, t.CompletedOn, "/backoffice/campaign", Roles.Editor);
}
