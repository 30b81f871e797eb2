namespace Portal.Modules.Campaign;

/// <summary>Texts of the back office's 台账与报送 page.</summary>
public static partial class CampaignText
{
    public static string LedgersPageTitle => Resource[nameof(LedgersPageTitle)];
    public static string PeriodLabel => Resource[nameof(PeriodLabel)];
    public static string ShowPeriod => Resource[nameof(ShowPeriod)];
    public static string TablesTitle => Resource[nameof(TablesTitle)];
    public static string TablesHelp => Resource[nameof(TablesHelp)];
    public static string DownloadWorkbook => Resource[nameof(DownloadWorkbook)];
    public static string TableColumn => Resource[nameof(TableColumn)];
    public static string RowsColumn => Resource[nameof(RowsColumn)];
    public static string OwnSubmissionsTitle => Resource[nameof(OwnSubmissionsTitle)];
    public static string SubmitHelp => Resource[nameof(SubmitHelp)];
    public static string SubmitButton => Resource[nameof(SubmitButton)];
    public static string NoSubmissions => Resource[nameof(NoSubmissions)];
    public static string SubmissionColumn => Resource[nameof(SubmissionColumn)];
    public static string SubmittedOnColumn => Resource[nameof(SubmittedOnColumn)];
    public static string StatusColumn => Resource[nameof(StatusColumn)];
    public static string ReviewColumn => Resource[nameof(ReviewColumn)];
    public static string SubmissionNumber => Resource[nameof(SubmissionNumber)];
    public static string BelowTitle => Resource[nameof(BelowTitle)];
    public static string BelowCount => Resource[nameof(BelowCount)];
    public static string UnitColumn => Resource[nameof(UnitColumn)];
    public static string ReturnedColumn => Resource[nameof(ReturnedColumn)];
    public static string Belownone => Resource[nameof(Belownone)];
    public static string Belowsubmitted => Resource[nameof(Belowsubmitted)];
    public static string Belowreturned => Resource[nameof(Belowreturned)];
    public static string Belowaccepted => Resource[nameof(Belowaccepted)];
    public static string ReviewTitle => Resource[nameof(ReviewTitle)];
    public static string AcceptButton => Resource[nameof(AcceptButton)];
    public static string ReturnButton => Resource[nameof(ReturnButton)];
    public static string ReasonIncomplete => Resource[nameof(ReasonIncomplete)];
    public static string ReasonBasisUnclear => Resource[nameof(ReasonBasisUnclear)];
    public static string ReasonDisposalUnclear => Resource[nameof(ReasonDisposalUnclear)];
    public static string ReasonOther => Resource[nameof(ReasonOther)];
    public static string Donesubmitted => Resource[nameof(Donesubmitted)];
    public static string Donereturned => Resource[nameof(Donereturned)];
    public static string Doneaccepted => Resource[nameof(Doneaccepted)];
}
