namespace Portal.Jobs;

/// <summary>Every Chinese string of the jobs page and API, in one place.</summary>
public static class JobsText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(JobsText));

    public static string PageTitle => Resource[nameof(PageTitle)];
    public static string RoutingTitle => Resource[nameof(RoutingTitle)];
    public static string ImportTitle => Resource[nameof(ImportTitle)];
    public static string ImportDescription => Resource[nameof(ImportDescription)];
    public static string Imported => Resource.Chinese(nameof(Imported));
    public static string RoutingDescription => Resource[nameof(RoutingDescription)];
    public static string SweepTitle => Resource[nameof(SweepTitle)];
    public static string SweepDescription => Resource[nameof(SweepDescription)];
    public static string MailTitle => Resource[nameof(MailTitle)];
    public static string MailDescription => Resource[nameof(MailDescription)];
    public static string CreditTitle => Resource[nameof(CreditTitle)];
    public static string CreditDescription => Resource[nameof(CreditDescription)];
    public static string SearchTitle => Resource[nameof(SearchTitle)];
    public static string SearchDescription => Resource[nameof(SearchDescription)];

    public static string JobNotFound => Resource[nameof(JobNotFound)];
    public static string StillRunning => Resource[nameof(StillRunning)];
    public static string Succeeded => Resource[nameof(Succeeded)];
    public static string Failed => Resource[nameof(Failed)];
    public static string Skipped => Resource[nameof(Skipped)];
    public static string Cancelled => Resource[nameof(Cancelled)];
    public static string RunNow => Resource[nameof(RunNow)];
    public static string Ran => Resource[nameof(Ran)];
    public static string NeverRan => Resource[nameof(NeverRan)];

    /// <summary>This node's index as the jobs page says it: current, behind by so many changes, building or missing.</summary>
    public static string IndexState(string state, long cursor, long latest, int documents) => state switch
    {
        "building" => IndexBuilding,
        "missing" => IndexMissing,
        _ when cursor >= latest => string.Format(IndexCurrent, documents),
        _ => string.Format(IndexBehind, latest - cursor),
    };
    public static string NotScheduled => Resource[nameof(NotScheduled)];
    public static string EveryNode => Resource[nameof(EveryNode)];
    public static string Interval => Resource[nameof(Interval)];
    public static string ColumnName => Resource[nameof(ColumnName)];
    public static string ColumnSchedule => Resource[nameof(ColumnSchedule)];
    public static string ColumnNext => Resource[nameof(ColumnNext)];
    public static string ColumnLast => Resource[nameof(ColumnLast)];
    public static string ColumnResult => Resource[nameof(ColumnResult)];
    public static string ColumnNode => Resource[nameof(ColumnNode)];
    public static string HistoryTitle => Resource[nameof(HistoryTitle)];
    public static string Manual => Resource[nameof(Manual)];
    public static string Seconds => Resource[nameof(Seconds)];
    public static string Minutes => Resource[nameof(Minutes)];
    public static string Hours => Resource[nameof(Hours)];
    public static string StoreMemory => Resource[nameof(StoreMemory)];
    public static string StorePostgres => Resource[nameof(StorePostgres)];
    public static string Routed => Resource.Chinese(nameof(Routed));
    public static string Mailed => Resource.Chinese(nameof(Mailed));
    public static string DashboardTitle => Resource[nameof(DashboardTitle)];
    public static string DashboardLink => Resource[nameof(DashboardLink)];
    public static string ServersTitle => Resource[nameof(ServersTitle)];
    public static string ColumnWorkers => Resource[nameof(ColumnWorkers)];
    public static string ColumnHeartbeat => Resource[nameof(ColumnHeartbeat)];
    public static string IndexBuilding => Resource[nameof(IndexBuilding)];
    public static string IndexMissing => Resource[nameof(IndexMissing)];
    public static string IndexCurrent => Resource[nameof(IndexCurrent)];
    public static string IndexBehind => Resource[nameof(IndexBehind)];
    public static string DigestTitle => Resource[nameof(DigestTitle)];
    public static string DigestDescription => Resource[nameof(DigestDescription)];
    public static string Digested => Resource.Chinese(nameof(Digested));
}
