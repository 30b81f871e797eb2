namespace Portal.Modules.Reports;

/// <summary>Every Chinese string of the reporting platform, in one place.</summary>
public static class ReportsText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(ReportsText));

    public static string ObligationAcceptance => Resource[nameof(ObligationAcceptance)];
    public static string ObligationVerification => Resource[nameof(ObligationVerification)];
    public static string IdentityReadsTitle => Resource[nameof(IdentityReadsTitle)];
    public static string IdentityReadsLead => Resource[nameof(IdentityReadsLead)];
    public static string IdentityReadsNone => Resource[nameof(IdentityReadsNone)];
    public static string IdentityReadsAt => Resource[nameof(IdentityReadsAt)];
    public static string IdentityReadsWho => Resource[nameof(IdentityReadsWho)];
    public static string IdentityReadsWhoseUnit => Resource[nameof(IdentityReadsWhoseUnit)];
    public static string IdentityReadsReport => Resource[nameof(IdentityReadsReport)];
    public static string IdentityReadsReportUnit => Resource[nameof(IdentityReadsReportUnit)];

    // Fields
    public static string Category => Resource[nameof(Category)];
    public static string Region => Resource[nameof(Region)];
    public static string EnterpriseName => Resource[nameof(EnterpriseName)];
    public static string EnterpriseCreditCode => Resource[nameof(EnterpriseCreditCode)];
    public static string Address => Resource[nameof(Address)];
    public static string Description => Resource[nameof(Description)];
    public static string ReporterName => Resource[nameof(ReporterName)];
    public static string ReporterPhone => Resource[nameof(ReporterPhone)];
    public static string ReporterIdNumber => Resource[nameof(ReporterIdNumber)];
    public static string Evidence => Resource[nameof(Evidence)];
    public static string TrackingCode => Resource[nameof(TrackingCode)];
    public static string AccessKey => Resource[nameof(AccessKey)];
    public static string MessageText => Resource[nameof(MessageText)];

    // Categories (docs/api.md report categories)
    public static string CategoryObsoleteEquipment => Resource[nameof(CategoryObsoleteEquipment)];
    public static string CategoryEnergy => Resource[nameof(CategoryEnergy)];
    public static string CategoryEnvironment => Resource[nameof(CategoryEnvironment)];
    public static string CategoryQuality => Resource[nameof(CategoryQuality)];
    public static string CategorySafety => Resource[nameof(CategorySafety)];
    public static string CategoryIllegalConstruction => Resource[nameof(CategoryIllegalConstruction)];
    public static string CategoryRevival => Resource[nameof(CategoryRevival)];
    public static string CategoryFakeRectification => Resource[nameof(CategoryFakeRectification)];
    public static string CategoryLaxApproval => Resource[nameof(CategoryLaxApproval)];
    public static string CategoryOther => Resource[nameof(CategoryOther)];

    // Statuses
    public static string StatusReceived => Resource[nameof(StatusReceived)];
    public static string StatusRouted => Resource[nameof(StatusRouted)];
    public static string StatusAccepted => Resource[nameof(StatusAccepted)];
    public static string StatusVerifying => Resource[nameof(StatusVerifying)];
    public static string StatusConcluded => Resource[nameof(StatusConcluded)];
    public static string StatusClosed => Resource[nameof(StatusClosed)];

    // Validation
    public static string DescriptionTooShort => Resource[nameof(DescriptionTooShort)];
    public static string RegionNotCountyOrCity => Resource[nameof(RegionNotCountyOrCity)];
    public static string PhoneInvalid => Resource[nameof(PhoneInvalid)];
    public static string IdNumberInvalid => Resource[nameof(IdNumberInvalid)];
    public static string RealNameNeedsIdentity => Resource[nameof(RealNameNeedsIdentity)];
    public static string CaptchaMissing => Resource[nameof(CaptchaMissing)];
    public static string CaptchaRejected => Resource[nameof(CaptchaRejected)];
    public static string CaptchaReplayed => Resource[nameof(CaptchaReplayed)];
    public static string TooManyFiles => Resource[nameof(TooManyFiles)];
    public static string FileTooLarge => Resource[nameof(FileTooLarge)];
    public static string FilesTooLarge => Resource[nameof(FilesTooLarge)];
    public static string FileTypeRefused => Resource[nameof(FileTypeRefused)];
    public static string FileDamaged => Resource[nameof(FileDamaged)];
    public static string ReceiptNotFound => Resource[nameof(ReceiptNotFound)];

    // Receipt and status page
    public static string ReceiptTitle => Resource[nameof(ReceiptTitle)];
    public static string ReceiptKeep => Resource[nameof(ReceiptKeep)];
    public static string StatusTitle => Resource[nameof(StatusTitle)];
    public static string TimelineTitle => Resource[nameof(TimelineTitle)];
    public static string MessagesTitle => Resource[nameof(MessagesTitle)];
    public static string FromReporter => Resource[nameof(FromReporter)];
    public static string FromHandler => Resource[nameof(FromHandler)];
    public static string SubmittedNote => Resource.Chinese(nameof(SubmittedNote));
    public static string RoutedNote => Resource.Chinese(nameof(RoutedNote));

    public static string EvidenceAddedNote => Resource.Chinese(nameof(EvidenceAddedNote));
    public static string NoFilesChosen => Resource[nameof(NoFilesChosen)];
    public static string ReportClosedNoEvidence => Resource[nameof(ReportClosedNoEvidence)];

    // Handling (承办)
    public static string QueueTitle => Resource[nameof(QueueTitle)];
    public static string OnlyHandlers => Resource[nameof(OnlyHandlers)];
    public static string ReportNotInQueue => Resource[nameof(ReportNotInQueue)];
    public static string ReportNotFound => Resource[nameof(ReportNotFound)];
    public static string SupervisedReadOnly => Resource[nameof(SupervisedReadOnly)];
    public static string ChangedMeanwhile => Resource[nameof(ChangedMeanwhile)];
    public static string CannotInStatus => Resource[nameof(CannotInStatus)];
    public static string ActionAccept => Resource[nameof(ActionAccept)];
    public static string ActionVerify => Resource[nameof(ActionVerify)];
    public static string ActionTransfer => Resource[nameof(ActionTransfer)];
    public static string ActionEscalate => Resource[nameof(ActionEscalate)];
    public static string ActionExtension => Resource[nameof(ActionExtension)];
    public static string ActionConclude => Resource[nameof(ActionConclude)];
    public static string ActionMessage => Resource[nameof(ActionMessage)];
    public static string ActionClose => Resource[nameof(ActionClose)];
    public static string ActionPublish => Resource[nameof(ActionPublish)];
    public static string ActionUnknown => Resource[nameof(ActionUnknown)];
    public static string AcceptedNote => Resource.Chinese(nameof(AcceptedNote));
    public static string VerifyingNote => Resource.Chinese(nameof(VerifyingNote));
    public static string ReassignedInternal => Resource.Chinese(nameof(ReassignedInternal));
    public static string ExtensionRequestedNote => Resource.Chinese(nameof(ExtensionRequestedNote));
    public static string ExtensionRequestedInternal => Resource.Chinese(nameof(ExtensionRequestedInternal));
    public static string ExtensionApprovedNote => Resource.Chinese(nameof(ExtensionApprovedNote));
    public static string ExtensionRefusedNote => Resource.Chinese(nameof(ExtensionRefusedNote));
    public static string ConcludedNote => Resource.Chinese(nameof(ConcludedNote));
    public static string ClosedNote => Resource.Chinese(nameof(ClosedNote));
    public static string OutcomePublishedNote => Resource.Chinese(nameof(OutcomePublishedNote));
    public static string Findings => Resource[nameof(Findings)];
    public static string FindingsRequired => Resource[nameof(FindingsRequired)];
    public static string TooLong => Resource[nameof(TooLong)];
    public static string ReplyRequired => Resource[nameof(ReplyRequired)];
    public static string Reason => Resource[nameof(Reason)];
    public static string ReasonRequired => Resource[nameof(ReasonRequired)];
    public static string TransferDepartmentRequired => Resource[nameof(TransferDepartmentRequired)];
    public static string UnknownDepartment => Resource[nameof(UnknownDepartment)];
    public static string UnknownRegion => Resource[nameof(UnknownRegion)];
    public static string NoSuchUnit => Resource[nameof(NoSuchUnit)];
    public static string TransferToSelf => Resource[nameof(TransferToSelf)];
    public static string NothingAbove => Resource[nameof(NothingAbove)];
    public static string ExtensionOnlyOnce => Resource[nameof(ExtensionOnlyOnce)];
    public static string ExtensionPending => Resource[nameof(ExtensionPending)];
    public static string NoExtensionPending => Resource[nameof(NoExtensionPending)];
    public static string ExtensionDateRequired => Resource[nameof(ExtensionDateRequired)];
    public static string ExtensionDateRange => Resource[nameof(ExtensionDateRange)];
    public static string Conclusion => Resource[nameof(Conclusion)];
    public static string ConclusionText => Resource[nameof(ConclusionText)];
    public static string ConclusionTextRequired => Resource[nameof(ConclusionTextRequired)];
    public static string ConclusionSubstantiated => Resource[nameof(ConclusionSubstantiated)];
    public static string ConclusionPartly => Resource[nameof(ConclusionPartly)];
    public static string ConclusionNot => Resource[nameof(ConclusionNot)];
    public static string RealNameNeedsVerification => Resource[nameof(RealNameNeedsVerification)];
    public static string RealNameNeedsReply => Resource[nameof(RealNameNeedsReply)];
    public static string PublicOutcome => Resource[nameof(PublicOutcome)];
    public static string OutcomeRequired => Resource[nameof(OutcomeRequired)];
    public static string OutcomeNamesReporter => Resource[nameof(OutcomeNamesReporter)];
    public static string AnonymousReport => Resource[nameof(AnonymousReport)];
    public static string EvidenceNotFound => Resource[nameof(EvidenceNotFound)];
    public static string DueForAccept => Resource[nameof(DueForAccept)];
    public static string DueForConclude => Resource[nameof(DueForConclude)];

    // Public outcomes
    public static string OutcomesNav => Resource[nameof(OutcomesNav)];
    public static string OutcomesTitle => Resource[nameof(OutcomesTitle)];
    public static string TimelineOutcome => Resource[nameof(TimelineOutcome)];

    // Form
    public static string FormTitle => Resource[nameof(FormTitle)];
    public static string FormIntro => Resource[nameof(FormIntro)];
    public static string FormPrivacy => Resource[nameof(FormPrivacy)];
    public static string FormHasErrors => Resource[nameof(FormHasErrors)];
    public static string FormFilesAgain => Resource[nameof(FormFilesAgain)];
    public static string ChooseCategory => Resource[nameof(ChooseCategory)];
    public static string ChooseProvince => Resource[nameof(ChooseProvince)];
    public static string ChooseCity => Resource[nameof(ChooseCity)];
    public static string ChooseCounty => Resource[nameof(ChooseCounty)];
    public static string WholeCity => Resource[nameof(WholeCity)];
    public static string ChooseRegion => Resource[nameof(ChooseRegion)];
    public static string RegionHelp => Resource[nameof(RegionHelp)];
    public static string CreditCodeHelp => Resource[nameof(CreditCodeHelp)];
    public static string DescriptionHelp => Resource[nameof(DescriptionHelp)];
    public static string EvidenceHelp => Resource[nameof(EvidenceHelp)];
    public static string Anonymity => Resource[nameof(Anonymity)];
    public static string Anonymous => Resource[nameof(Anonymous)];
    public static string AnonymousHelp => Resource[nameof(AnonymousHelp)];
    public static string RealNameOption => Resource[nameof(RealNameOption)];
    public static string RealNameHelp => Resource[nameof(RealNameHelp)];
    public static string Captcha => Resource[nameof(Captcha)];
    public static string CaptchaHelp => Resource[nameof(CaptchaHelp)];
    public static string CaptchaNoScript => Resource[nameof(CaptchaNoScript)];
    public static string ChannelsTitle => Resource[nameof(ChannelsTitle)];
    public static string ChannelsLead => Resource[nameof(ChannelsLead)];
    public static string ChannelsLink => Resource[nameof(ChannelsLink)];
    public static string ChannelLevel => Resource[nameof(ChannelLevel)];
    public static string ChannelUnit => Resource[nameof(ChannelUnit)];
    public static string ChannelHotline => Resource[nameof(ChannelHotline)];
    public static string ChannelHours => Resource[nameof(ChannelHours)];
    public static string ChannelAddress => Resource[nameof(ChannelAddress)];
    public static string ChannelEmail => Resource[nameof(ChannelEmail)];
    public static string ChannelDefaultUnit => Resource[nameof(ChannelDefaultUnit)];
    public static string ChannelDefaultHours => Resource[nameof(ChannelDefaultHours)];
    public static string ChannelDefaultLevel => Resource[nameof(ChannelDefaultLevel)];
    public static string Submit => Resource[nameof(Submit)];
    public static string Required => Resource[nameof(Required)];

    // Receipt and status
    public static string ReceiptPrint => Resource[nameof(ReceiptPrint)];
    public static string StatusLink => Resource[nameof(StatusLink)];
    public static string StatusIntro => Resource[nameof(StatusIntro)];
    public static string StatusOpen => Resource[nameof(StatusOpen)];
    public static string CurrentStatus => Resource[nameof(CurrentStatus)];
    public static string SubmittedOn => Resource[nameof(SubmittedOn)];
    public static string ConclusionLabel => Resource[nameof(ConclusionLabel)];
    public static string OutcomeLabel => Resource[nameof(OutcomeLabel)];
    public static string NoMessages => Resource[nameof(NoMessages)];
    public static string AnswerTitle => Resource[nameof(AnswerTitle)];
    public static string AnswerSend => Resource[nameof(AnswerSend)];
    public static string AnswerSent => Resource[nameof(AnswerSent)];
    public static string AddEvidenceTitle => Resource[nameof(AddEvidenceTitle)];
    public static string AddEvidenceSend => Resource[nameof(AddEvidenceSend)];
    public static string EvidenceAdded => Resource[nameof(EvidenceAdded)];
    public static string OutcomesIntro => Resource[nameof(OutcomesIntro)];
    public static string OutcomesNone => Resource[nameof(OutcomesNone)];
    public static string OutcomeDepartment => Resource[nameof(OutcomeDepartment)];
    public static string MorePages => Resource[nameof(MorePages)];

    /// <summary>The altcha widget's own words (its <c>strings</c> attribute), in the reader's language.</summary>
    public static IReadOnlyDictionary<string, string> AltchaStrings => new Dictionary<string, string>
    {
        ["label"] = AltchaLabel,
        ["verify"] = AltchaVerify,
        ["verifying"] = AltchaVerifying,
        ["verified"] = AltchaVerified,
        ["error"] = AltchaError,
        ["expired"] = AltchaExpired,
        ["verificationRequired"] = AltchaRequired,
        ["waitAlert"] = AltchaVerifying,
        ["reload"] = AltchaReload,
        ["loading"] = AltchaLoading,
        ["ariaLinkLabel"] = "ALTCHA",
    };

    // Handling pages
    public static string QueueEmpty => Resource[nameof(QueueEmpty)];
    public static string QueueShowAll => Resource[nameof(QueueShowAll)];
    public static string QueueFilterAny => Resource[nameof(QueueFilterAny)];
    public static string QueueFilterKind => Resource[nameof(QueueFilterKind)];
    public static string QueueFilterOverdue => Resource[nameof(QueueFilterOverdue)];
    public static string QueueFilterAll => Resource[nameof(QueueFilterAll)];
    public static string QueueSort => Resource[nameof(QueueSort)];
    public static string QueueSortDue => Resource[nameof(QueueSortDue)];
    public static string QueueSortSubmitted => Resource[nameof(QueueSortSubmitted)];
    public static string QueueSortRegion => Resource[nameof(QueueSortRegion)];
    public static string QueueFilterButton => Resource[nameof(QueueFilterButton)];
    public static string QueueExport => Resource[nameof(QueueExport)];
    public static string QueueCount => Resource[nameof(QueueCount)];
    public static string QueueWorkingDaysLeft => Resource[nameof(QueueWorkingDaysLeft)];
    public static string QueueRegion => Resource[nameof(QueueRegion)];
    public static string QueueOverdue => Resource[nameof(QueueOverdue)];
    public static string QueueNewMessages => Resource[nameof(QueueNewMessages)];
    public static string RealNameBadge => Resource[nameof(RealNameBadge)];
    public static string AnonymousBadge => Resource[nameof(AnonymousBadge)];
    public static string DueOn => Resource[nameof(DueOn)];
    public static string BackToQueue => Resource[nameof(BackToQueue)];
    public static string Done => Resource[nameof(Done)];
    public static string ReporterTitle => Resource[nameof(ReporterTitle)];
    public static string ShowReporter => Resource[nameof(ShowReporter)];
    public static string ReporterReadLogged => Resource[nameof(ReporterReadLogged)];
    public static string InternalNote => Resource[nameof(InternalNote)];
    public static string AttachmentsTitle => Resource[nameof(AttachmentsTitle)];
    public static string NoAttachments => Resource[nameof(NoAttachments)];
    public static string Accept => Resource[nameof(Accept)];
    public static string Verify => Resource[nameof(Verify)];
    public static string Reply => Resource[nameof(Reply)];
    public static string TransferTitle => Resource[nameof(TransferTitle)];
    public static string TransferRegionHelp => Resource[nameof(TransferRegionHelp)];
    public static string EscalateTitle => Resource[nameof(EscalateTitle)];
    public static string ExtensionTitle => Resource[nameof(ExtensionTitle)];
    public static string ExtensionUntil => Resource[nameof(ExtensionUntil)];
    public static string ConcludeTitle => Resource[nameof(ConcludeTitle)];
    public static string CloseTitle => Resource[nameof(CloseTitle)];
    public static string PublishTitle => Resource[nameof(PublishTitle)];
    public static string PublishHelp => Resource[nameof(PublishHelp)];
    public static string ExtensionsTitle => Resource[nameof(ExtensionsTitle)];
    public static string ExtensionsNone => Resource[nameof(ExtensionsNone)];
    public static string Approve => Resource[nameof(Approve)];
    public static string Refuse => Resource[nameof(Refuse)];
    public static string DecisionNote => Resource[nameof(DecisionNote)];
    public static string RequestedTo => Resource[nameof(RequestedTo)];
    public static string Unit => Resource[nameof(Unit)];
    public static string RoutingTitle => Resource[nameof(RoutingTitle)];
    public static string RoutingIntro => Resource[nameof(RoutingIntro)];
    public static string RoutingFollowLead => Resource[nameof(RoutingFollowLead)];
    public static string RoutingSave => Resource[nameof(RoutingSave)];
    public static string RoutingSaved => Resource[nameof(RoutingSaved)];
    public static string RuleTwice => Resource[nameof(RuleTwice)];

    /// <summary>How a report's deadline reads in supervision lists and e-mails: by its number, never the tracking code the reporter quotes.</summary>
    public static string ObligationTitle => Resource.Chinese(nameof(ObligationTitle));
    public static string AltchaLabel => Resource[nameof(AltchaLabel)];
    public static string AltchaVerify => Resource[nameof(AltchaVerify)];
    public static string AltchaVerifying => Resource[nameof(AltchaVerifying)];
    public static string AltchaVerified => Resource[nameof(AltchaVerified)];
    public static string AltchaError => Resource[nameof(AltchaError)];
    public static string AltchaExpired => Resource[nameof(AltchaExpired)];
    public static string AltchaRequired => Resource[nameof(AltchaRequired)];
    public static string AltchaReload => Resource[nameof(AltchaReload)];
    public static string AltchaLoading => Resource[nameof(AltchaLoading)];
    public static string WholeCityOption => Resource[nameof(WholeCityOption)];
    public static string Print => Resource[nameof(Print)];
}
