using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Obligations;

namespace Portal.Modules.Supervision;

/// <summary>Every Chinese string the supervision module shows, in one place.</summary>
public static class SupervisionText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(SupervisionText));

    public static string DashboardTitle => Resource[nameof(DashboardTitle)];
    public static string ObligationsTitle => Resource[nameof(ObligationsTitle)];


    public static string Status(ObligationStatus status) => status switch
    {
        ObligationStatus.Upcoming => StatusUpcoming,
        ObligationStatus.DueSoon => StatusDueSoon,
        ObligationStatus.Due => StatusDue,
        ObligationStatus.Overdue => StatusOverdue,
        ObligationStatus.Met => StatusMet,
        ObligationStatus.Lapsed => StatusLapsed,
        _ => status.ToString(),
    };

    // Dashboard figures
    public static string FigureOverdue => Resource[nameof(FigureOverdue)];
    public static string FigureDueSoon => Resource[nameof(FigureDueSoon)];
    public static string FigurePublicationTimeliness => Resource[nameof(FigurePublicationTimeliness)];
    public static string FigureAcceptedInTime => Resource[nameof(FigureAcceptedInTime)];
    public static string FigureConcludedInTime => Resource[nameof(FigureConcludedInTime)];
    public static string FigureRealNameChecked => Resource[nameof(FigureRealNameChecked)];
    public static string FigureMedianHandling => Resource[nameof(FigureMedianHandling)];
    public static string OwnLevel => Resource[nameof(OwnLevel)];

    // Trend series (by month of the due date)
    public static string TrendPublicationsDue => Resource[nameof(TrendPublicationsDue)];
    public static string TrendPublishedOnTime => Resource[nameof(TrendPublishedOnTime)];
    public static string TrendReportsDue => Resource[nameof(TrendReportsDue)];
    public static string TrendReportsConcludedOnTime => Resource[nameof(TrendReportsConcludedOnTime)];
    public static string TrendOverdue => Resource[nameof(TrendOverdue)];

    // Dashboard page
    public static string DashboardAsOf => Resource[nameof(DashboardAsOf)];
    public static string DashboardRegion => Resource[nameof(DashboardRegion)];
    public static string DashboardHeadline => Resource[nameof(DashboardHeadline)];
    public static string DashboardRates => Resource[nameof(DashboardRates)];
    public static string DashboardOverdueByKind => Resource[nameof(DashboardOverdueByKind)];
    public static string DashboardOverdueByRegion => Resource[nameof(DashboardOverdueByRegion)];
    public static string DashboardOverdueByUnit => Resource[nameof(DashboardOverdueByUnit)];
    public static string DashboardHandlingByUnit => Resource[nameof(DashboardHandlingByUnit)];
    public static string ColumnAcceptedInTime => Resource[nameof(ColumnAcceptedInTime)];
    public static string ColumnConcludedInTime => Resource[nameof(ColumnConcludedInTime)];
    public static string ColumnMedian => Resource[nameof(ColumnMedian)];
    public static string DashboardTrend => Resource[nameof(DashboardTrend)];
    public static string DashboardNothingOverdue => Resource[nameof(DashboardNothingOverdue)];
    public static string DashboardNoRate => Resource[nameof(DashboardNoRate)];
    public static string DashboardMedianNone => Resource[nameof(DashboardMedianNone)];
    public static string DashboardMedianValue => Resource[nameof(DashboardMedianValue)];
    public static string DashboardMedianCount => Resource[nameof(DashboardMedianCount)];
    public static string DashboardAllRows => Resource[nameof(DashboardAllRows)];
    public static string DashboardExportAll => Resource[nameof(DashboardExportAll)];
    public static string DashboardChartHint => Resource[nameof(DashboardChartHint)];
    public static string ColumnMonth => Resource[nameof(ColumnMonth)];
    public static string ColumnName => Resource[nameof(ColumnName)];
    public static string ColumnCount => Resource[nameof(ColumnCount)];

    // Drill-down page
    public static string RowsTitle => Resource[nameof(RowsTitle)];
    public static string RowsBack => Resource[nameof(RowsBack)];
    public static string RowsCount => Resource[nameof(RowsCount)];
    public static string RowsEmpty => Resource[nameof(RowsEmpty)];
    public static string RowsExport => Resource[nameof(RowsExport)];
    public static string RowsFilter => Resource[nameof(RowsFilter)];
    public static string FilterKind => Resource[nameof(FilterKind)];
    public static string FilterState => Resource[nameof(FilterState)];
    public static string FilterDueFrom => Resource[nameof(FilterDueFrom)];
    public static string FilterDueTo => Resource[nameof(FilterDueTo)];
    public static string FilterAny => Resource[nameof(FilterAny)];
    public static string FilterUnit => Resource[nameof(FilterUnit)];
    public static string FilterTag => Resource[nameof(FilterTag)];
    public static string FilterOwnLevel => Resource[nameof(FilterOwnLevel)];

    public static string State(ObligationState state) => state switch
    {
        ObligationState.All => StateAll,
        ObligationState.Open => StateOpen,
        ObligationState.DueSoon => StatusDueSoon,
        ObligationState.Overdue => StatusOverdue,
        ObligationState.Decided => StateDecided,
        ObligationState.Met => StatusMet,
        ObligationState.MetOnTime => StateMetOnTime,
        ObligationState.MetLate => StateMetLate,
        _ => state.ToString(),
    };

    public static string Tag(string tag) => tag == ObligationTags.RealName ? TagRealName : tag;

    // Obligation columns (drill-down, unit page, CSV)
    public static string ColumnKind => Resource[nameof(ColumnKind)];
    public static string ColumnTitle => Resource[nameof(ColumnTitle)];
    public static string ColumnUnit => Resource[nameof(ColumnUnit)];
    public static string ColumnRegion => Resource[nameof(ColumnRegion)];
    public static string ColumnStartedOn => Resource[nameof(ColumnStartedOn)];
    public static string ColumnDueOn => Resource[nameof(ColumnDueOn)];
    public static string ColumnMetOn => Resource[nameof(ColumnMetOn)];
    public static string ColumnStatus => Resource[nameof(ColumnStatus)];
    public static string ColumnStanding => Resource[nameof(ColumnStanding)];
    public static string CsvSubject => Resource[nameof(CsvSubject)];
    public static string CsvStartedOn => Resource[nameof(CsvStartedOn)];
    public static string CsvDueOn => Resource[nameof(CsvDueOn)];
    public static string CsvMetOn => Resource[nameof(CsvMetOn)];
    public static string CsvOverdueDays => Resource[nameof(CsvOverdueDays)];
    public static string CsvDaysLeft => Resource[nameof(CsvDaysLeft)];
    public static string CsvHandling => Resource[nameof(CsvHandling)];

    // Unit page
    public static string UnitShowAll => Resource[nameof(UnitShowAll)];
    public static string UnitShowOpen => Resource[nameof(UnitShowOpen)];
    public static string UnitEmpty => Resource[nameof(UnitEmpty)];
    public static string UnitIntro => Resource[nameof(UnitIntro)];
    public static string FulfilTitle => Resource[nameof(FulfilTitle)];
    public static string FulfilledOn => Resource[nameof(FulfilledOn)];
    public static string FulfilNote => Resource[nameof(FulfilNote)];
    public static string FulfilButton => Resource[nameof(FulfilButton)];
    public static string Fulfilled => Resource[nameof(Fulfilled)];
    public static string FulfilledBy => Resource[nameof(FulfilledBy)];

    // Periodic obligations

    // Digest e-mail
    public static string DigestSubject => Resource.Chinese(nameof(DigestSubject));
    public static string DigestGreeting => Resource.Chinese(nameof(DigestGreeting));
    public static string DigestIntro => Resource.Chinese(nameof(DigestIntro));
    public static string DigestReminders => Resource.Chinese(nameof(DigestReminders));
    public static string DigestDueDay => Resource.Chinese(nameof(DigestDueDay));
    public static string DigestEscalations => Resource.Chinese(nameof(DigestEscalations));
    public static string DigestLine => Resource.Chinese(nameof(DigestLine));
    public static string DigestLeft => Resource.Chinese(nameof(DigestLeft));
    public static string DigestDueToday => Resource.Chinese(nameof(DigestDueToday));
    public static string DigestOverdue => Resource.Chinese(nameof(DigestOverdue));
    public static string DigestLink => Resource.Chinese(nameof(DigestLink));
    public static string PublicUrlMissing => Resource.Chinese(nameof(PublicUrlMissing));
    public static string PublicUrlInvalid => Resource.Chinese(nameof(PublicUrlInvalid));
    public static string DigestMore => Resource.Chinese(nameof(DigestMore));
    public static string DigestFooter => Resource.Chinese(nameof(DigestFooter));

    // Errors
    public static string OnlySupervisors => Resource[nameof(OnlySupervisors)];
    public static string RegionOutside => Resource[nameof(RegionOutside)];
    public static string RegionUnknown => Resource[nameof(RegionUnknown)];
    public static string ObligationNotFound => Resource[nameof(ObligationNotFound)];
    public static string NotManual => Resource[nameof(NotManual)];
    public static string AlreadyMet => Resource[nameof(AlreadyMet)];
    public static string AlreadyLapsed => Resource[nameof(AlreadyLapsed)];
    public static string FulfilledOnRequired => Resource[nameof(FulfilledOnRequired)];
    public static string FulfilledOnFuture => Resource[nameof(FulfilledOnFuture)];
    public static string NoteTooLong => Resource[nameof(NoteTooLong)];
    public static string KindUnknown => Resource[nameof(KindUnknown)];
    public static string StatusUnknown => Resource[nameof(StatusUnknown)];

    // 催办 (urging a unit)
    public static string UrgeTitle => Resource[nameof(UrgeTitle)];
    public static string UrgeAction => Resource[nameof(UrgeAction)];
    public static string UrgeLead => Resource[nameof(UrgeLead)];
    public static string UrgeNote => Resource[nameof(UrgeNote)];
    public static string UrgeNoteHelp => Resource[nameof(UrgeNoteHelp)];
    public static string UrgeNoteRequired => Resource[nameof(UrgeNoteRequired)];
    public static string UrgeNoteTooLong => Resource[nameof(UrgeNoteTooLong)];
    public static string UrgeSend => Resource[nameof(UrgeSend)];
    public static string UrgeSent => Resource[nameof(UrgeSent)];
    public static string UrgeNotOpen => Resource[nameof(UrgeNotOpen)];
    public static string UrgeHistory => Resource[nameof(UrgeHistory)];
    public static string UrgeNone => Resource[nameof(UrgeNone)];
    public static string UrgeFacts => Resource[nameof(UrgeFacts)];
    public static string MailUrgeSubject => Resource.Chinese(nameof(MailUrgeSubject));
    public static string MailUrgeBody => Resource.Chinese(nameof(MailUrgeBody));
    public static string StatusUpcoming => Resource[nameof(StatusUpcoming)];
    public static string StatusDueSoon => Resource[nameof(StatusDueSoon)];
    public static string StatusDue => Resource[nameof(StatusDue)];
    public static string StatusOverdue => Resource[nameof(StatusOverdue)];
    public static string StatusMet => Resource[nameof(StatusMet)];
    public static string StatusLapsed => Resource[nameof(StatusLapsed)];
    public static string StateAll => Resource[nameof(StateAll)];
    public static string StateOpen => Resource[nameof(StateOpen)];
    public static string StateDecided => Resource[nameof(StateDecided)];
    public static string StateMetOnTime => Resource[nameof(StateMetOnTime)];
    public static string StateMetLate => Resource[nameof(StateMetLate)];
    public static string TagRealName => Resource[nameof(TagRealName)];
}
