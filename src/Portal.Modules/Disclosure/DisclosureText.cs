using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure;

/// <summary>The Chinese text of the announcements module: lists, fields, rules, workflow and pages.</summary>
public static partial class DisclosureText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(DisclosureText));

    // The lists (Lists/*List.cs)
    public static string ViolationName => Resource[nameof(ViolationName)];
    public static string ViolationDescription => Resource[nameof(ViolationDescription)];
    public static string ViolationNoticeKind => Resource[nameof(ViolationNoticeKind)];
    public static string ViolationResultKind => Resource[nameof(ViolationResultKind)];
    public static string ViolationNoticeTitle => Resource.Chinese(nameof(ViolationNoticeTitle));
    public static string ViolationResultTitle => Resource.Chinese(nameof(ViolationResultTitle));
    public static string EliminationName => Resource[nameof(EliminationName)];
    public static string EliminationDescription => Resource[nameof(EliminationDescription)];
    public static string EliminationNoticeKind => Resource[nameof(EliminationNoticeKind)];
    public static string EliminationResultKind => Resource[nameof(EliminationResultKind)];
    public static string EliminationNoticeTitle => Resource.Chinese(nameof(EliminationNoticeTitle));
    public static string EliminationResultTitle => Resource.Chinese(nameof(EliminationResultTitle));
    public static string RectificationName => Resource[nameof(RectificationName)];
    public static string RectificationDescription => Resource[nameof(RectificationDescription)];
    public static string RectificationNoticeKind => Resource[nameof(RectificationNoticeKind)];
    public static string RectificationResultKind => Resource[nameof(RectificationResultKind)];
    public static string RectificationNoticeTitle => Resource.Chinese(nameof(RectificationNoticeTitle));
    public static string RectificationResultTitle => Resource.Chinese(nameof(RectificationResultTitle));
    public static string ForcedExitName => Resource[nameof(ForcedExitName)];
    public static string ForcedExitDescription => Resource[nameof(ForcedExitDescription)];
    public static string ForcedExitKind => Resource[nameof(ForcedExitKind)];
    public static string ForcedExitTitle => Resource.Chinese(nameof(ForcedExitTitle));
    public static string CompliantName => Resource[nameof(CompliantName)];
    public static string CompliantDescription => Resource[nameof(CompliantDescription)];
    public static string CompliantKind => Resource[nameof(CompliantKind)];
    public static string CompliantTitle => Resource.Chinese(nameof(CompliantTitle));
    public static string NotListed => Resource[nameof(NotListed)];

    // Kinds of deadline (Deadlines/DisclosureObligations.cs)
    public static string ObligationPublication => Resource[nameof(ObligationPublication)];
    public static string ObligationNotification => Resource[nameof(ObligationNotification)];
    public static string ObligationEnterpriseDeadline => Resource[nameof(ObligationEnterpriseDeadline)];
    public static string ObligationSealedRecheck => Resource[nameof(ObligationSealedRecheck)];
    public static string SealedRecheckAgain => Resource.Chinese(nameof(SealedRecheckAgain));

    /// <summary>An enterprise's standing on the lists (<see cref="Enterprises.SearchEnterprises.Statuses"/>).</summary>
    public static string StandingName(string status) =>
        Lists.ListDefinitions.TryParse(status, out var list) ? list.Name : NotListed;

    public static string EnterprisesFound => Resource[nameof(EnterprisesFound)];
    public static string EnterprisesMore => Resource[nameof(EnterprisesMore)];

    public static string StageName(AnnouncementStage stage) => stage == AnnouncementStage.Notice ? StageNotice : StageResult;

    public static string DimensionName(string? dimension) => dimension switch
    {
        Dimensions.Energy => DimensionEnergy,
        Dimensions.Environment => DimensionEnvironment,
        Dimensions.Quality => DimensionQuality,
        Dimensions.Safety => DimensionSafety,
        Dimensions.Technology => DimensionTechnology,
        null => "—",
        _ => dimension,
    };

    /// <summary>
    /// 主题分类 of the government information catalogue, as government sites file an announcement: by what was found wrong,
    /// and under industry where the list names no dimension (a violation, a compliant enterprise, obsolete equipment).
    /// </summary>
    public static string TopicName(string? dimension) => dimension switch
    {
        Dimensions.Energy => TopicEnergy,
        Dimensions.Environment => TopicEnvironment,
        Dimensions.Quality => TopicQuality,
        Dimensions.Safety => TopicSafety,
        _ => TopicIndustry,
    };

    public static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.Province => LevelProvince,
        RegionLevel.City => LevelCity,
        _ => LevelCounty,
    };

    public static string ExitMethodName(ExitMethod? method) => method switch
    {
        ExitMethod.Dismantle => ExitDismantle,
        ExitMethod.Seal => ExitSeal,
        ExitMethod.Upgrade => ExitUpgrade,
        ExitMethod.Close => ExitClose,
        _ => "—",
    };

    /// <summary>A status as the desk shows it, from its wire value (<c>scheduled</c> being published with a later time).</summary>
    public static string StatusName(string wire) => wire == "scheduled"
        ? StatusName(AnnouncementStatus.Published, true)
        : Portal.Modules.Core.Common.WireValue.TryParse<AnnouncementStatus>(wire, out var status) ? StatusName(status, false) : wire;

    public static string? StatusTone(string wire) => wire switch
    {
        "published" => "green",
        "in-review" or "scheduled" => "yellow",
        "withdrawn" => "red",
        _ => null,
    };

    public static string StatusName(AnnouncementStatus status, bool scheduled) => status switch
    {
        AnnouncementStatus.Draft => StatusDraft,
        AnnouncementStatus.InReview => StatusInReview,
        AnnouncementStatus.Published => scheduled ? StatusScheduled : StatusPublished,
        AnnouncementStatus.Withdrawn => StatusWithdrawn,
        _ => status.ToString(),
    };

    // Fields
    public static string FieldList => Resource[nameof(FieldList)];
    public static string FieldStage => Resource[nameof(FieldStage)];
    public static string FieldLevel => Resource[nameof(FieldLevel)];
    public static string FieldRegion => Resource[nameof(FieldRegion)];
    public static string FieldDepartment => Resource[nameof(FieldDepartment)];
    public static string FieldDimension => Resource[nameof(FieldDimension)];
    public static string FieldIndustry => Resource[nameof(FieldIndustry)];
    public static string FieldYear => Resource[nameof(FieldYear)];
    public static string FieldEnterpriseCreditCode => Resource[nameof(FieldEnterpriseCreditCode)];
    public static string FieldEnterprise => Resource[nameof(FieldEnterprise)];
    public static string FieldAddress => Resource[nameof(FieldAddress)];
    public static string FieldInspectionCompletedOn => Resource[nameof(FieldInspectionCompletedOn)];
    public static string FieldPublicationDueOn => Resource[nameof(FieldPublicationDueOn)];
    public static string FieldTitle => Resource[nameof(FieldTitle)];
    public static string FieldDocumentNumber => Resource[nameof(FieldDocumentNumber)];
    public static string FieldIndexNumber => Resource[nameof(FieldIndexNumber)];
    public static string FieldPublisher => Resource[nameof(FieldPublisher)];
    public static string FieldWrittenOn => Resource[nameof(FieldWrittenOn)];
    public static string FieldPublishedOn => Resource[nameof(FieldPublishedOn)];
    public static string FieldValidity => Resource[nameof(FieldValidity)];
    public static string FieldDeadline => Resource[nameof(FieldDeadline)];
    public static string FieldNotice => Resource[nameof(FieldNotice)];
    public static string FieldSummary => Resource[nameof(FieldSummary)];
    public static string FieldViolations => Resource[nameof(FieldViolations)];
    public static string FieldBasis => Resource[nameof(FieldBasis)];
    public static string FieldRequirements => Resource[nameof(FieldRequirements)];
    public static string FieldIndicators => Resource[nameof(FieldIndicators)];
    public static string FieldIndicatorName => Resource[nameof(FieldIndicatorName)];
    public static string FieldIndicatorMeasured => Resource[nameof(FieldIndicatorMeasured)];
    public static string FieldIndicatorLimit => Resource[nameof(FieldIndicatorLimit)];
    public static string FieldIndicatorUnit => Resource[nameof(FieldIndicatorUnit)];
    public static string FieldIndicatorLimitKind => Resource[nameof(FieldIndicatorLimitKind)];
    public static string FieldIndicatorStandard => Resource[nameof(FieldIndicatorStandard)];
    public static string FieldEquipment => Resource[nameof(FieldEquipment)];
    public static string FieldEquipmentModel => Resource[nameof(FieldEquipmentModel)];
    public static string FieldEquipmentQuantity => Resource[nameof(FieldEquipmentQuantity)];
    public static string FieldEquipmentCapacity => Resource[nameof(FieldEquipmentCapacity)];
    public static string FieldEquipmentCapacityUnit => Resource[nameof(FieldEquipmentCapacityUnit)];
    public static string FieldExitMethod => Resource[nameof(FieldExitMethod)];
    public static string FieldStopProduction => Resource[nameof(FieldStopProduction)];
    public static string FieldFailedItems => Resource[nameof(FieldFailedItems)];
    public static string FieldUnrectified => Resource[nameof(FieldUnrectified)];
    public static string FieldCompletion => Resource[nameof(FieldCompletion)];
    public static string FieldCompletedOn => Resource[nameof(FieldCompletedOn)];
    public static string FieldProducts => Resource[nameof(FieldProducts)];
    public static string FieldInspectedItems => Resource[nameof(FieldInspectedItems)];
    public static string FieldReason => Resource[nameof(FieldReason)];
    public static string FieldPublishAt => Resource[nameof(FieldPublishAt)];
    public static string LimitMax => Resource[nameof(LimitMax)];
    public static string LimitMin => Resource[nameof(LimitMin)];
    public static string ValidityEffective => Resource[nameof(ValidityEffective)];
    public static string ValidityWithdrawn => Resource[nameof(ValidityWithdrawn)];

    // Validation and rules
    public static string StageNotOnList => Resource[nameof(StageNotOnList)];
    public static string LevelMismatch => Resource[nameof(LevelMismatch)];
    public static string WrongUnit => Resource[nameof(WrongUnit)];
    public static string EnterpriseUnknown => Resource[nameof(EnterpriseUnknown)];
    public static string EnterpriseOutsideRegion => Resource[nameof(EnterpriseOutsideRegion)];
    public static string DimensionRequired => Resource[nameof(DimensionRequired)];
    public static string DimensionNotApplicable => Resource[nameof(DimensionNotApplicable)];
    public static string DimensionNotOnList => Resource[nameof(DimensionNotOnList)];
    public static string NotResponsible => Resource[nameof(NotResponsible)];
    public static string InspectionInFuture => Resource[nameof(InspectionInFuture)];
    public static string InspectionTooOld => Resource[nameof(InspectionTooOld)];
    public static string WrittenInFuture => Resource[nameof(WrittenInFuture)];
    public static string DeadlineRequired => Resource[nameof(DeadlineRequired)];
    public static string DeadlineBeforeInspection => Resource[nameof(DeadlineBeforeInspection)];
    public static string EnergyDeadlineTooLate => Resource[nameof(EnergyDeadlineTooLate)];
    public static string QualityDeadlineTooLate => Resource[nameof(QualityDeadlineTooLate)];
    public static string SafetyStopsAtOnce => Resource[nameof(SafetyStopsAtOnce)];
    public static string IndicatorsRequired => Resource[nameof(IndicatorsRequired)];
    public static string IndicatorWithinMax => Resource[nameof(IndicatorWithinMax)];
    public static string IndicatorWithinMin => Resource[nameof(IndicatorWithinMin)];
    public static string EquipmentRequired => Resource[nameof(EquipmentRequired)];
    public static string MainEquipmentRequired => Resource[nameof(MainEquipmentRequired)];
    public static string ExitMethodRequired => Resource[nameof(ExitMethodRequired)];
    public static string FailedItemsRequired => Resource[nameof(FailedItemsRequired)];
    public static string NoticeRequired => Resource[nameof(NoticeRequired)];
    public static string NoticeUnknown => Resource[nameof(NoticeUnknown)];
    public static string NoticeWrongList => Resource[nameof(NoticeWrongList)];
    public static string NoticeOtherEnterprise => Resource[nameof(NoticeOtherEnterprise)];
    public static string NoticeNotApplicable => Resource[nameof(NoticeNotApplicable)];
    public static string ExtensionOnlyRectification => Resource[nameof(ExtensionOnlyRectification)];
    public static string ExtensionOnlyEnergy => Resource[nameof(ExtensionOnlyEnergy)];
    public static string ExtensionOnce => Resource[nameof(ExtensionOnce)];
    public static string ExtensionNotLater => Resource[nameof(ExtensionNotLater)];
    public static string ExtensionTooLong => Resource[nameof(ExtensionTooLong)];
    public static string ReasonRequired => Resource[nameof(ReasonRequired)];
    public static string ReasonTooShort => Resource[nameof(ReasonTooShort)];
    public static string WithdrawalReasonLabel => Resource[nameof(WithdrawalReasonLabel)];
    public static string CorrectionReasonLabel => Resource[nameof(CorrectionReasonLabel)];
    public static string ExtensionReasonLabel => Resource[nameof(ExtensionReasonLabel)];
    public static string CorrectionIdentity => Resource[nameof(CorrectionIdentity)];
    public static string CorrectionNoChange => Resource[nameof(CorrectionNoChange)];
    public static string AnnouncementNotFound => Resource[nameof(AnnouncementNotFound)];
    public static string NotYourUnit => Resource[nameof(NotYourUnit)];
    public static string NotADraft => Resource[nameof(NotADraft)];
    public static string CannotPublish => Resource[nameof(CannotPublish)];
    public static string AwaitingReview => Resource[nameof(AwaitingReview)];
    public static string NotInReview => Resource[nameof(NotInReview)];
    public static string OwnReview => Resource[nameof(OwnReview)];
    public static string ReviewDecision => Resource[nameof(ReviewDecision)];
    public static string PublishAtPast => Resource[nameof(PublishAtPast)];
    public static string PublishAtFormat => Resource[nameof(PublishAtFormat)];
    public static string NotPublished => Resource[nameof(NotPublished)];
    public static string AlreadyWithdrawn => Resource[nameof(AlreadyWithdrawn)];
    public static string ActionWithdraw => Resource[nameof(ActionWithdraw)];
    public static string ActionCorrect => Resource[nameof(ActionCorrect)];
    public static string ActionExtend => Resource[nameof(ActionExtend)];
    public static string BadSort => Resource[nameof(BadSort)];
    public static string BadCursor => Resource[nameof(BadCursor)];
    public static string SearchTitle => Resource[nameof(SearchTitle)];
    public static string SearchTitleFor => Resource[nameof(SearchTitleFor)];
    public static string SearchLabel => Resource[nameof(SearchLabel)];
    public static string SearchPlaceholder => Resource[nameof(SearchPlaceholder)];
    public static string SearchButton => Resource[nameof(SearchButton)];
    public static string SearchHelp => Resource[nameof(SearchHelp)];
    public static string SearchTotal => Resource[nameof(SearchTotal)];
    public static string SearchEmpty => Resource[nameof(SearchEmpty)];
    public static string FacetsTitle => Resource[nameof(FacetsTitle)];
    public static string DidYouMeanIntro => Resource[nameof(DidYouMeanIntro)];
    public static string DidYouMeanChange => Resource[nameof(DidYouMeanChange)];
    public static string UnknownCreditCode => Resource[nameof(UnknownCreditCode)];
    public static string DownloadCsv => Resource[nameof(DownloadCsv)];
    public static string CsvFileName => Resource[nameof(CsvFileName)];
    public static string CsvIndexNumber => Resource[nameof(CsvIndexNumber)];
    public static string CsvList => Resource[nameof(CsvList)];
    public static string CsvStage => Resource[nameof(CsvStage)];
    public static string CsvEnterprise => Resource[nameof(CsvEnterprise)];
    public static string CsvCreditCode => Resource[nameof(CsvCreditCode)];
    public static string CsvEnterpriseRegion => Resource[nameof(CsvEnterpriseRegion)];
    public static string CsvRegionCode => Resource[nameof(CsvRegionCode)];
    public static string CsvIndustry => Resource[nameof(CsvIndustry)];
    public static string CsvTitle => Resource[nameof(CsvTitle)];
    public static string CsvDocumentNumber => Resource[nameof(CsvDocumentNumber)];
    public static string CsvPublisher => Resource[nameof(CsvPublisher)];
    public static string CsvLevel => Resource[nameof(CsvLevel)];
    public static string CsvDimension => Resource[nameof(CsvDimension)];
    public static string CsvInspectionCompletedOn => Resource[nameof(CsvInspectionCompletedOn)];
    public static string CsvPublicationDueOn => Resource[nameof(CsvPublicationDueOn)];
    public static string CsvPublishedOn => Resource[nameof(CsvPublishedOn)];
    public static string CsvDeadline => Resource[nameof(CsvDeadline)];
    public static string CsvValidity => Resource[nameof(CsvValidity)];
    public static string CsvLink => Resource[nameof(CsvLink)];
    public static string SubscribeFeed => Resource[nameof(SubscribeFeed)];
    public static string FeedTitle => Resource[nameof(FeedTitle)];
    public static string QueryTooLong => Resource[nameof(QueryTooLong)];
    public static string NothingSearchable => Resource[nameof(NothingSearchable)];
    public static string BadPageSize => Resource[nameof(BadPageSize)];
    public static string BadYear => Resource[nameof(BadYear)];
    public static string BadDateRange => Resource[nameof(BadDateRange)];

    // Public pages
    public static string HomeNewest => Resource[nameof(HomeNewest)];
    public static string HomeCount => Resource[nameof(HomeCount)];
    public static string ListFilterTitle => Resource[nameof(ListFilterTitle)];
    public static string RegionBrowse => Resource[nameof(RegionBrowse)];
    public static string ListFilterApply => Resource[nameof(ListFilterApply)];
    public static string ListFilterReset => Resource[nameof(ListFilterReset)];
    public static string AllOption => Resource[nameof(AllOption)];
    public static string ListTotal => Resource[nameof(ListTotal)];
    public static string ListEmpty => Resource[nameof(ListEmpty)];
    public static string AnnouncementMeta => Resource[nameof(AnnouncementMeta)];
    public static string AnnouncementEnterprise => Resource[nameof(AnnouncementEnterprise)];
    public static string AnnouncementContent => Resource[nameof(AnnouncementContent)];
    public static string CorrectionsTrail => Resource[nameof(CorrectionsTrail)];
    public static string CorrectionEntry => Resource[nameof(CorrectionEntry)];
    public static string WithdrawnBanner => Resource[nameof(WithdrawnBanner)];
    public static string ExtensionLine => Resource[nameof(ExtensionLine)];
    public static string FollowedBy => Resource[nameof(FollowedBy)];
    public static string Follows => Resource[nameof(Follows)];
    public static string EnterprisePageTitle => Resource[nameof(EnterprisePageTitle)];
    public static string EnterpriseHistory => Resource[nameof(EnterpriseHistory)];
    public static string EnterpriseNoHistory => Resource[nameof(EnterpriseNoHistory)];
    public static string EnterpriseEquipment => Resource[nameof(EnterpriseEquipment)];
    public static string YellowListNow => Resource[nameof(YellowListNow)];
    public static string RedListNow => Resource[nameof(RedListNow)];
    public static string TimelineEnteredYellow => Resource[nameof(TimelineEnteredYellow)];
    public static string TimelineLeftYellowRectified => Resource[nameof(TimelineLeftYellowRectified)];
    public static string TimelineLeftYellowForcedExit => Resource[nameof(TimelineLeftYellowForcedExit)];
    public static string TimelineLeftYellowWithdrawn => Resource[nameof(TimelineLeftYellowWithdrawn)];
    public static string TimelineAnnouncement => Resource[nameof(TimelineAnnouncement)];
    public static string TimelineWithdrawn => Resource[nameof(TimelineWithdrawn)];
    public static string LeftYellowBadge => Resource[nameof(LeftYellowBadge)];
    public static string OnYellowBadge => Resource[nameof(OnYellowBadge)];
    public static string ImmediateStop => Resource[nameof(ImmediateStop)];

    // Back office
    public static string DeskTitle => Resource[nameof(DeskTitle)];
    public static string DeskDrafts => Resource[nameof(DeskDrafts)];
    public static string DeskScheduled => Resource[nameof(DeskScheduled)];
    public static string DeskPublished => Resource[nameof(DeskPublished)];
    public static string DeskDueSoon => Resource[nameof(DeskDueSoon)];
    public static string DeskOverdue => Resource[nameof(DeskOverdue)];
    public static string DeskNothing => Resource[nameof(DeskNothing)];
    public static string DeskNew => Resource[nameof(DeskNew)];
    public static string DeskPublishedOnTime => Resource[nameof(DeskPublishedOnTime)];
    public static string DeskPublishedLate => Resource[nameof(DeskPublishedLate)];
    public static string NewChooseList => Resource[nameof(NewChooseList)];
    public static string NewContinue => Resource[nameof(NewContinue)];
    public static string EditTitle => Resource[nameof(EditTitle)];
    public static string NewTitle => Resource[nameof(NewTitle)];
    public static string CorrectTitle => Resource[nameof(CorrectTitle)];
    public static string SaveDraft => Resource[nameof(SaveDraft)];
    public static string SaveCorrection => Resource[nameof(SaveCorrection)];
    public static string Preview => Resource[nameof(Preview)];
    public static string PreviewNote => Resource[nameof(PreviewNote)];
    public static string Publish => Resource[nameof(Publish)];
    public static string PublishNow => Resource[nameof(PublishNow)];
    public static string PublishLaterHelp => Resource[nameof(PublishLaterHelp)];
    public static string SubmitReview => Resource[nameof(SubmitReview)];
    public static string Approve => Resource[nameof(Approve)];
    public static string Return => Resource[nameof(Return)];
    public static string ReviewComment => Resource[nameof(ReviewComment)];
    public static string Withdraw => Resource[nameof(Withdraw)];
    public static string Correct => Resource[nameof(Correct)];
    public static string Extend => Resource[nameof(Extend)];
    public static string NewDeadline => Resource[nameof(NewDeadline)];
    public static string Delete => Resource[nameof(Delete)];
    public static string Edit => Resource[nameof(Edit)];
    public static string Saved => Resource[nameof(Saved)];
    public static string Published => Resource[nameof(Published)];
    public static string Scheduled => Resource[nameof(Scheduled)];
    public static string Submitted => Resource[nameof(Submitted)];
    public static string Returned => Resource[nameof(Returned)];
    public static string WithdrawnDone => Resource[nameof(WithdrawnDone)];
    public static string CorrectedDone => Resource[nameof(CorrectedDone)];
    public static string ExtendedDone => Resource[nameof(ExtendedDone)];
    public static string DeletedDone => Resource[nameof(DeletedDone)];
    public static string Status => Resource[nameof(Status)];
    public static string PublicationClock => Resource[nameof(PublicationClock)];
    public static string PublicationClockHelp => Resource[nameof(PublicationClockHelp)];
    public static string IndicatorRowsHelp => Resource[nameof(IndicatorRowsHelp)];
    public static string NewAboutEnterprise => Resource[nameof(NewAboutEnterprise)];
    public static string FindEnterprise => Resource[nameof(FindEnterprise)];
    public static string EquipmentRowsHelp => Resource[nameof(EquipmentRowsHelp)];
    public static string FormHasErrors => Resource[nameof(FormHasErrors)];
    public static string BackToDesk => Resource[nameof(BackToDesk)];
    public static string AuditTrail => Resource[nameof(AuditTrail)];
    public static string SupervisedReadOnly => Resource[nameof(SupervisedReadOnly)];
    public static string AuditCreate => Resource[nameof(AuditCreate)];
    public static string AuditEdit => Resource[nameof(AuditEdit)];
    public static string AuditSubmit => Resource[nameof(AuditSubmit)];
    public static string AuditReturn => Resource[nameof(AuditReturn)];
    public static string AuditApprove => Resource[nameof(AuditApprove)];
    public static string AuditPublish => Resource[nameof(AuditPublish)];
    public static string AuditCorrect => Resource[nameof(AuditCorrect)];
    public static string AuditWithdraw => Resource[nameof(AuditWithdraw)];
    public static string AuditExtend => Resource[nameof(AuditExtend)];
    public static string AuditDelete => Resource[nameof(AuditDelete)];
    public static string Print => Resource[nameof(Print)];
    public static string AuditAttach => Resource[nameof(AuditAttach)];
    public static string AuditDetach => Resource[nameof(AuditDetach)];

    public static string AuditPublishAt => Resource[nameof(AuditPublishAt)];
    public static string AuditReason => Resource[nameof(AuditReason)];
    public static string AuditFrom => Resource[nameof(AuditFrom)];
    public static string AuditTo => Resource[nameof(AuditTo)];
    public static string AuditVersion => Resource[nameof(AuditVersion)];
    public static string AuditYes => Resource[nameof(AuditYes)];
    public static string AuditNo => Resource[nameof(AuditNo)];
    public static string ViewPublic => Resource[nameof(ViewPublic)];
    public static string EnterpriseCodeHelp => Resource[nameof(EnterpriseCodeHelp)];
    public static string NoticeIdHelp => Resource[nameof(NoticeIdHelp)];
    public static string TitleHelp => Resource[nameof(TitleHelp)];

    // Deadlines reported to supervision, and the credit feed
    public static string NotificationOf => Resource.Chinese(nameof(NotificationOf));
    public static string DeadlineOf => Resource.Chinese(nameof(DeadlineOf));
    public static string RecheckOf => Resource.Chinese(nameof(RecheckOf));
    public static string RefusedToRectify => Resource.Chinese(nameof(RefusedToRectify));
    public static string MissedExit => Resource.Chinese(nameof(MissedExit));
    public static string MissedRectification => Resource.Chinese(nameof(MissedRectification));
    public static string CompletedLate => Resource.Chinese(nameof(CompletedLate));
    public static string Withdrawn => Resource.Chinese(nameof(Withdrawn));
    public static string StageNotice => Resource[nameof(StageNotice)];
    public static string StageResult => Resource[nameof(StageResult)];
    public static string DimensionEnergy => Resource[nameof(DimensionEnergy)];
    public static string DimensionEnvironment => Resource[nameof(DimensionEnvironment)];
    public static string DimensionQuality => Resource[nameof(DimensionQuality)];
    public static string DimensionSafety => Resource[nameof(DimensionSafety)];
    public static string DimensionTechnology => Resource[nameof(DimensionTechnology)];
    public static string LevelProvince => Resource[nameof(LevelProvince)];
    public static string LevelCity => Resource[nameof(LevelCity)];
    public static string LevelCounty => Resource[nameof(LevelCounty)];
    public static string ExitDismantle => Resource[nameof(ExitDismantle)];
    public static string ExitSeal => Resource[nameof(ExitSeal)];
    public static string ExitUpgrade => Resource[nameof(ExitUpgrade)];
    public static string ExitClose => Resource[nameof(ExitClose)];
    public static string StatusDraft => Resource[nameof(StatusDraft)];
    public static string StatusInReview => Resource[nameof(StatusInReview)];
    public static string StatusScheduled => Resource[nameof(StatusScheduled)];
    public static string StatusPublished => Resource[nameof(StatusPublished)];
    public static string StatusWithdrawn => Resource[nameof(StatusWithdrawn)];
    public static string FieldTopic => Resource[nameof(FieldTopic)];
    public static string TopicIndustry => Resource[nameof(TopicIndustry)];
    public static string TopicEnergy => Resource[nameof(TopicEnergy)];
    public static string TopicEnvironment => Resource[nameof(TopicEnvironment)];
    public static string TopicQuality => Resource[nameof(TopicQuality)];
    public static string TopicSafety => Resource[nameof(TopicSafety)];
}
