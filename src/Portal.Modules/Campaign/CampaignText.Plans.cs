namespace Portal.Modules.Campaign;

/// <summary>
/// Texts of targets and help tasks, the ledgers, submissions, spot-checks and the calendar. The ledgers' own words are
/// Chinese whatever the reader's language: they are the official forms (附表1–4) and are sent up as they are.
/// </summary>
public static partial class CampaignText
{
    /// <summary>A text named at run time (an enum member's title), in the request's language.</summary>
    public static string Get(string name) => Resource[name];

    /// <summary>A text named at run time that goes into a ledger or a record: always Chinese.</summary>
    public static string Chinese(string name) => Resource.Chinese(name);

    public static string TargetKindLabel => Resource[nameof(TargetKindLabel)];
    public static string ProblemLabel => Resource[nameof(ProblemLabel)];
    public static string PathLabel => Resource[nameof(PathLabel)];
    public static string ResponsibleDepartmentLabel => Resource[nameof(ResponsibleDepartmentLabel)];
    public static string DueOnLabel => Resource[nameof(DueOnLabel)];
    public static string DueBeforeYear => Resource[nameof(DueBeforeYear)];
    public static string InspectionOfOtherEnterprise => Resource[nameof(InspectionOfOtherEnterprise)];
    public static string YearOutOfRange => Resource[nameof(YearOutOfRange)];
    public static string HelpLevelLabel => Resource[nameof(HelpLevelLabel)];
    public static string MatterLabel => Resource[nameof(MatterLabel)];
    public static string MeasuresLabel => Resource[nameof(MeasuresLabel)];
    public static string PlanRecordNotFound => Resource[nameof(PlanRecordNotFound)];
    public static string ProgressLabel => Resource[nameof(ProgressLabel)];
    public static string ProgressOnFuture => Resource[nameof(ProgressOnFuture)];
    public static string ProgressOnBeforeLast => Resource[nameof(ProgressOnBeforeLast)];
    public static string LedgerTableTitle => Resource.Chinese(nameof(LedgerTableTitle));
    public static string LedgerSheetName => Resource.Chinese(nameof(LedgerSheetName));
    public static string LedgerTotal => Resource.Chinese(nameof(LedgerTotal));
    public static string LedgerSubtitle => Resource.Chinese(nameof(LedgerSubtitle));
    public static string LedgerViewedBy => Resource.Chinese(nameof(LedgerViewedBy));
    public static string LedgerDownloadName => Resource.Chinese(nameof(LedgerDownloadName));
    public static string Ledger1Name => Resource.Chinese(nameof(Ledger1Name));
    public static string Ledger2Name => Resource.Chinese(nameof(Ledger2Name));
    public static string Ledger3Name => Resource.Chinese(nameof(Ledger3Name));
    public static string Ledger4Name => Resource.Chinese(nameof(Ledger4Name));
    public static string ColumnIndex => Resource.Chinese(nameof(ColumnIndex));
    public static string ColumnRegion => Resource.Chinese(nameof(ColumnRegion));
    public static string ColumnEnterprise => Resource.Chinese(nameof(ColumnEnterprise));
    public static string ColumnCreditCode => Resource.Chinese(nameof(ColumnCreditCode));
    public static string ColumnIndustry => Resource.Chinese(nameof(ColumnIndustry));
    public static string ColumnInspectedOn => Resource.Chinese(nameof(ColumnInspectedOn));
    public static string ColumnInspectors => Resource.Chinese(nameof(ColumnInspectors));
    public static string ColumnFailedItems => Resource.Chinese(nameof(ColumnFailedItems));
    public static string ColumnFailedNames => Resource.Chinese(nameof(ColumnFailedNames));
    public static string ColumnDisposal => Resource.Chinese(nameof(ColumnDisposal));
    public static string ColumnReviewedItems => Resource.Chinese(nameof(ColumnReviewedItems));
    public static string ColumnProblemItems => Resource.Chinese(nameof(ColumnProblemItems));
    public static string ColumnProblemNames => Resource.Chinese(nameof(ColumnProblemNames));
    public static string ColumnConclusion => Resource.Chinese(nameof(ColumnConclusion));
    public static string ColumnProblem => Resource.Chinese(nameof(ColumnProblem));
    public static string ColumnTarget => Resource.Chinese(nameof(ColumnTarget));
    public static string ColumnPath => Resource.Chinese(nameof(ColumnPath));
    public static string ColumnDueOn => Resource.Chinese(nameof(ColumnDueOn));
    public static string ColumnResponsible => Resource.Chinese(nameof(ColumnResponsible));
    public static string ColumnProgress => Resource.Chinese(nameof(ColumnProgress));
    public static string ColumnCompletedOn => Resource.Chinese(nameof(ColumnCompletedOn));
    public static string ColumnMatter => Resource.Chinese(nameof(ColumnMatter));
    public static string ColumnLevel => Resource.Chinese(nameof(ColumnLevel));
    public static string ColumnMeasures => Resource.Chinese(nameof(ColumnMeasures));
    public static string OutcomePass => Resource.Chinese(nameof(OutcomePass));
    public static string OutcomeFail => Resource.Chinese(nameof(OutcomeFail));
    public static string OutcomeNotApplicable => Resource.Chinese(nameof(OutcomeNotApplicable));
    public static string OutcomeNotChecked => Resource.Chinese(nameof(OutcomeNotChecked));
    public static string OutcomeLegal => Resource.Chinese(nameof(OutcomeLegal));
    public static string OutcomeIllegal => Resource.Chinese(nameof(OutcomeIllegal));
    public static string AspectEnergy => Resource.Chinese(nameof(AspectEnergy));
    public static string AspectEnvironment => Resource.Chinese(nameof(AspectEnvironment));
    public static string AspectQuality => Resource.Chinese(nameof(AspectQuality));
    public static string AspectSafety => Resource.Chinese(nameof(AspectSafety));
    public static string AspectTechnology => Resource.Chinese(nameof(AspectTechnology));
    public static string AspectLegality => Resource.Chinese(nameof(AspectLegality));
    public static string TargetRectify => Resource.Chinese(nameof(TargetRectify));
    public static string TargetEliminate => Resource.Chinese(nameof(TargetEliminate));
    public static string TargetClose => Resource.Chinese(nameof(TargetClose));
    public static string TargetTransform => Resource.Chinese(nameof(TargetTransform));
    public static string LevelProvince => Resource.Chinese(nameof(LevelProvince));
    public static string LevelCity => Resource.Chinese(nameof(LevelCity));
    public static string LevelCounty => Resource.Chinese(nameof(LevelCounty));
    public static string PeriodPlan => Resource.Chinese(nameof(PeriodPlan));
    public static string PeriodQuarter => Resource.Chinese(nameof(PeriodQuarter));
    public static string PeriodSummary => Resource.Chinese(nameof(PeriodSummary));
    public static string LedgerTableNotFound => Resource[nameof(LedgerTableNotFound)];
    public static string UnknownPeriod => Resource[nameof(UnknownPeriod)];
    public static string ObligationAnnualPlan => Resource[nameof(ObligationAnnualPlan)];
    public static string ObligationCompliantPublicity => Resource[nameof(ObligationCompliantPublicity)];
    public static string ObligationExitsCompleted => Resource[nameof(ObligationExitsCompleted)];
    public static string ObligationQuarterlyLedger => Resource[nameof(ObligationQuarterlyLedger)];
    public static string ObligationAnnualSummary => Resource[nameof(ObligationAnnualSummary)];
    public static string AnnualPlanTitle => Resource.Chinese(nameof(AnnualPlanTitle));
    public static string CompliantPublicityTitle => Resource.Chinese(nameof(CompliantPublicityTitle));
    public static string ExitsCompletedTitle => Resource.Chinese(nameof(ExitsCompletedTitle));
    public static string QuarterlyLedgerTitle => Resource.Chinese(nameof(QuarterlyLedgerTitle));
    public static string AnnualSummaryTitle => Resource.Chinese(nameof(AnnualSummaryTitle));
    public static string ProvinceSubmitsNowhere => Resource[nameof(ProvinceSubmitsNowhere)];
    public static string OnlyLeadDepartmentSubmits => Resource[nameof(OnlyLeadDepartmentSubmits)];
    public static string PeriodAlreadyAccepted => Resource[nameof(PeriodAlreadyAccepted)];
    public static string PeriodAwaitingReview => Resource[nameof(PeriodAwaitingReview)];
    public static string SubmissionNotFound => Resource[nameof(SubmissionNotFound)];
    public static string NotTheLevelAbove => Resource[nameof(NotTheLevelAbove)];
    public static string SubmissionDecided => Resource[nameof(SubmissionDecided)];
    public static string SubmissionSubmitted => Resource[nameof(SubmissionSubmitted)];
    public static string SubmissionReturned => Resource[nameof(SubmissionReturned)];
    public static string SubmissionAccepted => Resource[nameof(SubmissionAccepted)];
    public static string ReturnReasonsRequired => Resource[nameof(ReturnReasonsRequired)];
    public static string ReturnReasonLabel => Resource[nameof(ReturnReasonLabel)];
    public static string ReviewNoteLabel => Resource[nameof(ReviewNoteLabel)];
    public static string FulfilledBySubmission => Resource.Chinese(nameof(FulfilledBySubmission));
    public static string SpotCheckNotForCounties => Resource[nameof(SpotCheckNotForCounties)];
    public static string UnknownIndustry => Resource[nameof(UnknownIndustry)];
    public static string FocusRegionOutside => Resource[nameof(FocusRegionOutside)];
    public static string FocusTooMany => Resource[nameof(FocusTooMany)];
    public static string NothingToSpotCheck => Resource[nameof(NothingToSpotCheck)];
    public static string SpotCheckNotFound => Resource[nameof(SpotCheckNotFound)];
    public static string SpotCheckItemNotFound => Resource[nameof(SpotCheckItemNotFound)];
    public static string SpotCheckOfOtherUnit => Resource[nameof(SpotCheckOfOtherUnit)];
    public static string CheckedOnLabel => Resource[nameof(CheckedOnLabel)];
    public static string CheckedOnOutside => Resource[nameof(CheckedOnOutside)];
    public static string SpotCheckPassedRequired => Resource[nameof(SpotCheckPassedRequired)];
    public static string DisagreementNeedsFinding => Resource[nameof(DisagreementNeedsFinding)];
    public static string FindingLabel => Resource[nameof(FindingLabel)];
    public static string ObligationTarget => Resource[nameof(ObligationTarget)];
    public static string ObligationHelpTask => Resource[nameof(ObligationHelpTask)];
    public static string TargetObligationTitle => Resource.Chinese(nameof(TargetObligationTitle));
    public static string HelpTaskObligationTitle => Resource.Chinese(nameof(HelpTaskObligationTitle));
}
