namespace Portal.Modules.Core;

/// <summary>
/// Every Chinese string the Core module shows, in one place: views, validation messages and problem details
/// read from here, so a translation or a wording change touches one file.
/// </summary>
public static class CoreText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(CoreText));

    // Shared components (Components/)
    public static string AuditWhen => Resource[nameof(AuditWhen)];
    public static string AuditWho => Resource[nameof(AuditWho)];
    public static string AuditWhat => Resource[nameof(AuditWhat)];
    public static string AuditDetails => Resource[nameof(AuditDetails)];
    public static string AuditEmpty => Resource[nameof(AuditEmpty)];
    public static string FacetAll => Resource[nameof(FacetAll)];
    public static string BreadcrumbLabel => Resource[nameof(BreadcrumbLabel)];
    public static string BreadcrumbHome => Resource[nameof(BreadcrumbHome)];
    public static string TimelineEmpty => Resource[nameof(TimelineEmpty)];
    public static string UrgingsHeading => Resource[nameof(UrgingsHeading)];
    public static string UrgingsLead => Resource[nameof(UrgingsLead)];
    public static string UrgingFrom => Resource[nameof(UrgingFrom)];
    public static string UrgingDue => Resource[nameof(UrgingDue)];
    public static string UrgingOpen => Resource[nameof(UrgingOpen)];
    public static string UrgingActed => Resource[nameof(UrgingActed)];
    public static string CountdownLeft => Resource[nameof(CountdownLeft)];
    public static string CountdownDueToday => Resource[nameof(CountdownDueToday)];
    public static string CountdownOverdue => Resource[nameof(CountdownOverdue)];
    public static string Paging => Resource[nameof(Paging)];
    public static string FirstPage => Resource[nameof(FirstPage)];
    public static string NextPage => Resource[nameof(NextPage)];

    public static string SiteName => Resource[nameof(SiteName)];
    public static string SiteAuthority => Resource[nameof(SiteAuthority)];
    public static string SystemActor => Resource[nameof(SystemActor)];

    // Problem titles
    public static string ValidationTitle => Resource[nameof(ValidationTitle)];
    public static string NotFoundTitle => Resource[nameof(NotFoundTitle)];
    public static string TooManyRequestsTitle => Resource[nameof(TooManyRequestsTitle)];
    public static string TooManyRequestsDetail => Resource[nameof(TooManyRequestsDetail)];
    public static string TooManyExports => Resource[nameof(TooManyExports)];
    public static string TooManySignIns => Resource[nameof(TooManySignIns)];
    public static string ForbiddenTitle => Resource[nameof(ForbiddenTitle)];
    public static string ConflictTitle => Resource[nameof(ConflictTitle)];
    public static string UnauthorizedTitle => Resource[nameof(UnauthorizedTitle)];
    public static string UnknownError => Resource[nameof(UnknownError)];

    // Field labels
    public static string UserName => Resource[nameof(UserName)];
    public static string Password => Resource[nameof(Password)];
    public static string Email => Resource[nameof(Email)];
    public static string Role => Resource[nameof(Role)];
    public static string RegionCode => Resource[nameof(RegionCode)];
    public static string Department => Resource[nameof(Department)];
    public static string IndustryLabel => Resource[nameof(IndustryLabel)];
    public static string EnterpriseName => Resource[nameof(EnterpriseName)];
    public static string EnterpriseAddress => Resource[nameof(EnterpriseAddress)];
    public static string EquipmentName => Resource[nameof(EquipmentName)];

    // Validation
    public static string FieldRequired => Resource[nameof(FieldRequired)];
    public static string TooLong => Resource[nameof(TooLong)];
    public static string UnknownValue => Resource[nameof(UnknownValue)];
    public static string UnknownRegion => Resource[nameof(UnknownRegion)];
    public static string UnknownIndustry => Resource[nameof(UnknownIndustry)];
    public static string UnknownDepartment => Resource[nameof(UnknownDepartment)];
    public static string UnknownRole => Resource[nameof(UnknownRole)];
    public static string NoSuchUnit => Resource[nameof(NoSuchUnit)];
    public static string UserNameFormat => Resource[nameof(UserNameFormat)];
    public static string UserNameTaken => Resource[nameof(UserNameTaken)];
    public static string EmailFormat => Resource[nameof(EmailFormat)];
    public static string EmailTaken => Resource[nameof(EmailTaken)];
    public static string PasswordTooShort => Resource[nameof(PasswordTooShort)];
    public static string PasswordUniqueChars => Resource[nameof(PasswordUniqueChars)];
    public static string PasswordDigit => Resource[nameof(PasswordDigit)];
    public static string PasswordLower => Resource[nameof(PasswordLower)];
    public static string PasswordUpper => Resource[nameof(PasswordUpper)];
    public static string PasswordSymbol => Resource[nameof(PasswordSymbol)];

    // Credit codes (GB 32100-2015)
    public static string CreditCodeLength => Resource[nameof(CreditCodeLength)];
    public static string CreditCodeCharacter => Resource[nameof(CreditCodeCharacter)];
    public static string CreditCodeRegionDigits => Resource[nameof(CreditCodeRegionDigits)];
    public static string CreditCodeCheckCharacter => Resource[nameof(CreditCodeCheckCharacter)];

    // Enterprises
    public static string EnterpriseNotFound => Resource[nameof(EnterpriseNotFound)];
    public static string EnterpriseOutsideRegion => Resource[nameof(EnterpriseOutsideRegion)];
    public static string EquipmentMissing => Resource[nameof(EquipmentMissing)];
    public static string EquipmentQuantity => Resource[nameof(EquipmentQuantity)];
    public static string EquipmentCapacity => Resource[nameof(EquipmentCapacity)];
    public static string EquipmentCapacityUnit => Resource[nameof(EquipmentCapacityUnit)];
    public static string EnterpriseAlreadyRegistered => Resource[nameof(EnterpriseAlreadyRegistered)];
    public static string EnterprisesTitle => Resource[nameof(EnterprisesTitle)];
    public static string EnterprisesLead => Resource[nameof(EnterprisesLead)];
    public static string EnterprisesSearch => Resource[nameof(EnterprisesSearch)];
    public static string EnterprisesQuery => Resource[nameof(EnterprisesQuery)];
    public static string EnterprisesCount => Resource[nameof(EnterprisesCount)];
    public static string EnterprisesNone => Resource[nameof(EnterprisesNone)];
    public static string EnterprisesNew => Resource[nameof(EnterprisesNew)];
    public static string EnterpriseEdit => Resource[nameof(EnterpriseEdit)];
    public static string EnterpriseSave => Resource[nameof(EnterpriseSave)];
    public static string EnterpriseSaved => Resource[nameof(EnterpriseSaved)];
    public static string EnterpriseCreditCode => Resource[nameof(EnterpriseCreditCode)];
    public static string EnterpriseCreditCodeHelp => Resource[nameof(EnterpriseCreditCodeHelp)];
    public static string EnterpriseCreditCodeFixed => Resource[nameof(EnterpriseCreditCodeFixed)];
    public static string EnterpriseRegion => Resource[nameof(EnterpriseRegion)];
    public static string EnterpriseSize => Resource[nameof(EnterpriseSize)];
    public static string EnterpriseState => Resource[nameof(EnterpriseState)];
    public static string EnterpriseOwnership => Resource[nameof(EnterpriseOwnership)];
    public static string EnterpriseEquipment => Resource[nameof(EnterpriseEquipment)];
    public static string EnterpriseEquipmentHelp => Resource[nameof(EnterpriseEquipmentHelp)];
    public static string EquipmentModel => Resource[nameof(EquipmentModel)];
    public static string EquipmentQuantityLabel => Resource[nameof(EquipmentQuantityLabel)];
    public static string EquipmentCapacityLabel => Resource[nameof(EquipmentCapacityLabel)];
    public static string EquipmentUnitLabel => Resource[nameof(EquipmentUnitLabel)];
    public static string EquipmentNone => Resource[nameof(EquipmentNone)];
    public static string EnterpriseHistory => Resource[nameof(EnterpriseHistory)];
    public static string EnterprisePublicHistory => Resource[nameof(EnterprisePublicHistory)];
    public static string EnterprisePublicPage => Resource[nameof(EnterprisePublicPage)];
    public static string EnterpriseNewAnnouncement => Resource[nameof(EnterpriseNewAnnouncement)];
    public static string EnterpriseBack => Resource[nameof(EnterpriseBack)];
    public static string EnterpriseFormErrors => Resource[nameof(EnterpriseFormErrors)];
    public static string ImportTitle => Resource[nameof(ImportTitle)];
    public static string ImportLead => Resource[nameof(ImportLead)];
    public static string ImportTemplate => Resource[nameof(ImportTemplate)];
    public static string ImportFile => Resource[nameof(ImportFile)];
    public static string ImportUpload => Resource[nameof(ImportUpload)];
    public static string ImportFileRequired => Resource[nameof(ImportFileRequired)];
    public static string ImportTooLarge => Resource[nameof(ImportTooLarge)];
    public static string ImportNotASheet => Resource[nameof(ImportNotASheet)];
    public static string ImportUnreadable => Resource[nameof(ImportUnreadable)];
    public static string ImportTooManyRows => Resource[nameof(ImportTooManyRows)];
    public static string ImportMissingColumns => Resource[nameof(ImportMissingColumns)];
    public static string ImportLine => Resource[nameof(ImportLine)];
    public static string ImportNotFound => Resource[nameof(ImportNotFound)];
    public static string ImportAlreadyConfirmed => Resource[nameof(ImportAlreadyConfirmed)];
    public static string ImportNothingToImport => Resource[nameof(ImportNothingToImport)];
    public static string ImportSummary => Resource[nameof(ImportSummary)];
    public static string ImportProblems => Resource[nameof(ImportProblems)];
    public static string ImportPreview => Resource[nameof(ImportPreview)];
    public static string ImportConfirm => Resource[nameof(ImportConfirm)];
    public static string ImportRunning => Resource[nameof(ImportRunning)];
    public static string ImportFinished => Resource[nameof(ImportFinished)];
    public static string ImportAgain => Resource[nameof(ImportAgain)];
    public static string ImportColumnLine => Resource[nameof(ImportColumnLine)];
    public static string ImportColumnProblem => Resource[nameof(ImportColumnProblem)];
    public static string ImportAction => Resource[nameof(ImportAction)];
    public static string AuditEnterpriseCreate => Resource[nameof(AuditEnterpriseCreate)];
    public static string AuditEnterpriseUpdate => Resource[nameof(AuditEnterpriseUpdate)];

    public static string SizeName(Enterprises.EnterpriseSize size) => size switch
    {
        Enterprises.EnterpriseSize.AboveScale => SizeAboveScale,
        _ => SizeBelowScale,
    };

    public static string StateName(Enterprises.EnterpriseState state) => state switch
    {
        Enterprises.EnterpriseState.Operating => StateOperating,
        Enterprises.EnterpriseState.Stopped => StateStopped,
        _ => StateClosed,
    };

    public static string OwnershipName(Enterprises.Ownership ownership) => ownership switch
    {
        Enterprises.Ownership.StateOwned => OwnershipState,
        Enterprises.Ownership.ForeignOwned => OwnershipForeign,
        Enterprises.Ownership.Collective => OwnershipCollective,
        _ => OwnershipPrivate,
    };

    // Calendar
    public static string StatutoryHoliday => Resource[nameof(StatutoryHoliday)];
    public static string MakeUpWorkingDay => Resource[nameof(MakeUpWorkingDay)];
    public static string CalendarNoticeSource => Resource.Chinese(nameof(CalendarNoticeSource));
    public static string CalendarYearRange => Resource[nameof(CalendarYearRange)];
    public static string CalendarFromRequired => Resource[nameof(CalendarFromRequired)];
    public static string CalendarDaysRequired => Resource[nameof(CalendarDaysRequired)];
    public static string CalendarBadDate => Resource[nameof(CalendarBadDate)];
    public static string CalendarDaysRange => Resource[nameof(CalendarDaysRange)];
    public static string CalendarNotWeekend => Resource[nameof(CalendarNotWeekend)];
    public static string CalendarBothKinds => Resource[nameof(CalendarBothKinds)];
    public static string CalendarDateOutsideYear => Resource[nameof(CalendarDateOutsideYear)];
    public static string CalendarDayOfOtherNotice => Resource[nameof(CalendarDayOfOtherNotice)];
    public static string CalendarSourceTooLong => Resource[nameof(CalendarSourceTooLong)];
    public static string NoticeMissingYear => Resource[nameof(NoticeMissingYear)];
    public static string NoticeBadHoliday => Resource[nameof(NoticeBadHoliday)];
    public static string NoticeBadDate => Resource[nameof(NoticeBadDate)];

    // Sign-in
    public static string BadCredentials => Resource[nameof(BadCredentials)];
    public static string TotpRequired => Resource[nameof(TotpRequired)];
    public static string BadTotp => Resource[nameof(BadTotp)];
    public static string StaffUserNotFound => Resource[nameof(StaffUserNotFound)];
    public static string CannotDisableSelf => Resource[nameof(CannotDisableSelf)];
    public static string CurrentPassword => Resource[nameof(CurrentPassword)];
    public static string ChangePasswordTitle => Resource[nameof(ChangePasswordTitle)];
    public static string ChangePasswordButton => Resource[nameof(ChangePasswordButton)];
    public static string ChangePasswordDone => Resource[nameof(ChangePasswordDone)];
    public static string NewPassword => Resource[nameof(NewPassword)];
    public static string CurrentPasswordWrong => Resource[nameof(CurrentPasswordWrong)];
    public static string ResetAccount => Resource[nameof(ResetAccount)];
    public static string ResetRequested => Resource[nameof(ResetRequested)];
    public static string ResetMailSubject => Resource[nameof(ResetMailSubject)];
    public static string ResetMailBody => Resource[nameof(ResetMailBody)];
    public static string ResetLinkInvalid => Resource[nameof(ResetLinkInvalid)];
    public static string ForgotPasswordTitle => Resource[nameof(ForgotPasswordTitle)];
    public static string ForgotPasswordLink => Resource[nameof(ForgotPasswordLink)];
    public static string ForgotPasswordButton => Resource[nameof(ForgotPasswordButton)];
    public static string ResetPasswordTitle => Resource[nameof(ResetPasswordTitle)];
    public static string ResetPasswordButton => Resource[nameof(ResetPasswordButton)];
    public static string PasswordResetDone => Resource[nameof(PasswordResetDone)];
    public static string StaffSendResetButton => Resource[nameof(StaffSendResetButton)];
    public static string NewPasswordHelp => Resource[nameof(NewPasswordHelp)];
    public static string TwoFactorNeeded => Resource[nameof(TwoFactorNeeded)];
    public static string BadRecoveryCode => Resource[nameof(BadRecoveryCode)];
    public static string AuthenticatorKeyFormat => Resource[nameof(AuthenticatorKeyFormat)];
    public static string AuthenticatorKey => Resource[nameof(AuthenticatorKey)];

    // Pages
    public static string UserNameRequired => Resource[nameof(UserNameRequired)];
    public static string PasswordRequired => Resource[nameof(PasswordRequired)];
    public static string TotpCode => Resource[nameof(TotpCode)];
    public static string TotpFormat => Resource[nameof(TotpFormat)];
    public static string SignInTitle => Resource[nameof(SignInTitle)];
    public static string SignInButton => Resource[nameof(SignInButton)];
    public static string SignOutButton => Resource[nameof(SignOutButton)];
    public static string TwoFactorTitle => Resource[nameof(TwoFactorTitle)];
    public static string TwoFactorHint => Resource[nameof(TwoFactorHint)];
    public static string VerifyButton => Resource[nameof(VerifyButton)];
    public static string EnrolTitle => Resource[nameof(EnrolTitle)];
    public static string EnrolHint => Resource[nameof(EnrolHint)];
    public static string RecoveryTitle => Resource[nameof(RecoveryTitle)];
    public static string RecoveryHint => Resource[nameof(RecoveryHint)];
    public static string RecoveryContinue => Resource[nameof(RecoveryContinue)];
    public static string RecoveryCodeLabel => Resource[nameof(RecoveryCodeLabel)];
    public static string RecoveryCodeRequired => Resource[nameof(RecoveryCodeRequired)];
    public static string RecoveryInstead => Resource[nameof(RecoveryInstead)];
    public static string RecoveryButton => Resource[nameof(RecoveryButton)];
    public static string EnrolKey => Resource[nameof(EnrolKey)];
    public static string EnrolUri => Resource[nameof(EnrolUri)];
    public static string DeniedTitle => Resource[nameof(DeniedTitle)];
    public static string DeniedText => Resource[nameof(DeniedText)];
    public static string BackOfficeTitle => Resource[nameof(BackOfficeTitle)];
    public static string BackOfficeWelcome => Resource[nameof(BackOfficeWelcome)];
    public static string BackOfficeUnit => Resource[nameof(BackOfficeUnit)];
    public static string BackOfficeRoles => Resource[nameof(BackOfficeRoles)];
    public static string BackOfficeScope => Resource[nameof(BackOfficeScope)];
    public static string BackOfficeTasks => Resource[nameof(BackOfficeTasks)];
    public static string CalendarTitle => Resource[nameof(CalendarTitle)];
    public static string CalendarIntro => Resource[nameof(CalendarIntro)];
    public static string CalendarNoticeLabel => Resource[nameof(CalendarNoticeLabel)];
    public static string CalendarNoticeHelp => Resource[nameof(CalendarNoticeHelp)];
    public static string CalendarNoticeRequired => Resource[nameof(CalendarNoticeRequired)];
    public static string CalendarSourceLabel => Resource[nameof(CalendarSourceLabel)];
    public static string CalendarSaveButton => Resource[nameof(CalendarSaveButton)];
    public static string CalendarSaved => Resource[nameof(CalendarSaved)];
    public static string CalendarYear => Resource[nameof(CalendarYear)];
    public static string CalendarRestDays => Resource[nameof(CalendarRestDays)];
    public static string CalendarWorkingDays => Resource[nameof(CalendarWorkingDays)];
    public static string CalendarUpdated => Resource[nameof(CalendarUpdated)];
    public static string CalendarEditYear => Resource[nameof(CalendarEditYear)];
    public static string CalendarNewYear => Resource[nameof(CalendarNewYear)];
    public static string CalendarEditTitle => Resource[nameof(CalendarEditTitle)];
    public static string CalendarEditLead => Resource[nameof(CalendarEditLead)];
    public static string CalendarHolidays => Resource[nameof(CalendarHolidays)];
    public static string CalendarHolidayName => Resource[nameof(CalendarHolidayName)];
    public static string CalendarHolidayFrom => Resource[nameof(CalendarHolidayFrom)];
    public static string CalendarHolidayTo => Resource[nameof(CalendarHolidayTo)];
    public static string CalendarMakeUpDays => Resource[nameof(CalendarMakeUpDays)];
    public static string CalendarMakeUpDay => Resource[nameof(CalendarMakeUpDay)];
    public static string CalendarNoticeNumber => Resource[nameof(CalendarNoticeNumber)];
    public static string CalendarNoticeNumberHelp => Resource[nameof(CalendarNoticeNumberHelp)];
    public static string CalendarNoticeDate => Resource[nameof(CalendarNoticeDate)];
    public static string CalendarHolidayNameRequired => Resource[nameof(CalendarHolidayNameRequired)];
    public static string CalendarHolidayDatesRequired => Resource[nameof(CalendarHolidayDatesRequired)];
    public static string CalendarHolidayOrder => Resource[nameof(CalendarHolidayOrder)];
    public static string CalendarHolidayTooLong => Resource[nameof(CalendarHolidayTooLong)];
    public static string CalendarNothingEntered => Resource[nameof(CalendarNothingEntered)];
    public static string CalendarBackToYears => Resource[nameof(CalendarBackToYears)];
    public static string CalendarYearChoose => Resource[nameof(CalendarYearChoose)];
    public static string CalendarOpenYear => Resource[nameof(CalendarOpenYear)];
    public static string StaffTitle => Resource[nameof(StaffTitle)];
    public static string StaffNew => Resource[nameof(StaffNew)];
    public static string StaffRegion => Resource[nameof(StaffRegion)];
    public static string StaffPasswordHelp => Resource[nameof(StaffPasswordHelp)];
    public static string StaffCreateButton => Resource[nameof(StaffCreateButton)];
    public static string StaffCreated => Resource[nameof(StaffCreated)];
    public static string StaffTwoFactor => Resource[nameof(StaffTwoFactor)];
    public static string StaffLocked => Resource[nameof(StaffLocked)];
    public static string StaffUnlockButton => Resource[nameof(StaffUnlockButton)];
    public static string StaffUnlocked => Resource[nameof(StaffUnlocked)];
    public static string StaffDisabled => Resource[nameof(StaffDisabled)];
    public static string StaffDisableButton => Resource[nameof(StaffDisableButton)];
    public static string StaffEnableButton => Resource[nameof(StaffEnableButton)];
    public static string StaffResetTwoFactorButton => Resource[nameof(StaffResetTwoFactorButton)];
    public static string StaffChanged => Resource[nameof(StaffChanged)];
    public static string StaffActions => Resource[nameof(StaffActions)];
    public static string Yes => Resource[nameof(Yes)];
    public static string No => Resource[nameof(No)];
    public static string RoleEditor => Resource[nameof(RoleEditor)];
    public static string RoleHandler => Resource[nameof(RoleHandler)];
    public static string RoleSupervisor => Resource[nameof(RoleSupervisor)];
    public static string RoleAdmin => Resource[nameof(RoleAdmin)];

    public static string StaffFilterQuery => Resource[nameof(StaffFilterQuery)];
    public static string StaffFilterRole => Resource[nameof(StaffFilterRole)];
    public static string StaffFilterRegion => Resource[nameof(StaffFilterRegion)];
    public static string StaffFilterState => Resource[nameof(StaffFilterState)];
    public static string StaffState => Resource[nameof(StaffState)];
    public static string StaffFilterAny => Resource[nameof(StaffFilterAny)];
    public static string StaffFilterButton => Resource[nameof(StaffFilterButton)];
    public static string StaffStateActive => Resource[nameof(StaffStateActive)];
    public static string StaffStateDisabled => Resource[nameof(StaffStateDisabled)];
    public static string StaffStateHeld => Resource[nameof(StaffStateHeld)];
    public static string StaffStateNoTwoFactor => Resource[nameof(StaffStateNoTwoFactor)];
    public static string StaffCount => Resource[nameof(StaffCount)];
    public static string StaffNone => Resource[nameof(StaffNone)];
    public static string StaffAccountTitle => Resource[nameof(StaffAccountTitle)];
    public static string StaffEditTitle => Resource[nameof(StaffEditTitle)];
    public static string StaffEditHelp => Resource[nameof(StaffEditHelp)];
    public static string StaffSave => Resource[nameof(StaffSave)];
    public static string StaffCreatedAt => Resource[nameof(StaffCreatedAt)];
    public static string StaffDisabledAt => Resource[nameof(StaffDisabledAt)];
    public static string StaffHistory => Resource[nameof(StaffHistory)];
    public static string StaffBack => Resource[nameof(StaffBack)];
    public static string AuditStaffCreate => Resource[nameof(AuditStaffCreate)];
    public static string AuditStaffUpdate => Resource[nameof(AuditStaffUpdate)];
    public static string AuditStaffEnable => Resource[nameof(AuditStaffEnable)];
    public static string AuditStaffDisable => Resource[nameof(AuditStaffDisable)];
    public static string AuditStaffUnlock => Resource[nameof(AuditStaffUnlock)];
    public static string AuditStaffResetTwoFactor => Resource[nameof(AuditStaffResetTwoFactor)];
    public static string AuditStaffResetLink => Resource[nameof(AuditStaffResetLink)];
    public static string AuditStaffPasswordReset => Resource[nameof(AuditStaffPasswordReset)];
    public static string AuditStaffChangePassword => Resource[nameof(AuditStaffChangePassword)];
    public static string SizeAboveScale => Resource[nameof(SizeAboveScale)];
    public static string SizeBelowScale => Resource[nameof(SizeBelowScale)];
    public static string StateOperating => Resource[nameof(StateOperating)];
    public static string StateStopped => Resource[nameof(StateStopped)];
    public static string StateClosed => Resource[nameof(StateClosed)];
    public static string OwnershipState => Resource[nameof(OwnershipState)];
    public static string OwnershipForeign => Resource[nameof(OwnershipForeign)];
    public static string OwnershipCollective => Resource[nameof(OwnershipCollective)];
    public static string OwnershipPrivate => Resource[nameof(OwnershipPrivate)];
    public static string LabelSeparator => Resource[nameof(LabelSeparator)];
    public static string DateInBrackets => Resource[nameof(DateInBrackets)];
    public static string ListSeparator => Resource[nameof(ListSeparator)];

    public static string RoleName(string role) => role switch
    {
        Staff.Roles.Editor => RoleEditor,
        Staff.Roles.Handler => RoleHandler,
        Staff.Roles.Supervisor => RoleSupervisor,
        Staff.Roles.Admin => RoleAdmin,
        _ => role,
    };
}
