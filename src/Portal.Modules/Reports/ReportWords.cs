using Portal.Modules.Reports.Data;

namespace Portal.Modules.Reports;

/// <summary>The Chinese name of each category and status, from <see cref="ReportsText"/>.</summary>
public static class ReportWords
{
    public static string Category(ReportCategory category) => category switch
    {
        ReportCategory.ObsoleteEquipment => ReportsText.CategoryObsoleteEquipment,
        ReportCategory.Energy => ReportsText.CategoryEnergy,
        ReportCategory.Environment => ReportsText.CategoryEnvironment,
        ReportCategory.Quality => ReportsText.CategoryQuality,
        ReportCategory.Safety => ReportsText.CategorySafety,
        ReportCategory.IllegalConstruction => ReportsText.CategoryIllegalConstruction,
        ReportCategory.Revival => ReportsText.CategoryRevival,
        ReportCategory.FakeRectification => ReportsText.CategoryFakeRectification,
        ReportCategory.LaxApproval => ReportsText.CategoryLaxApproval,
        _ => ReportsText.CategoryOther,
    };

    public static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Received => ReportsText.StatusReceived,
        ReportStatus.Routed => ReportsText.StatusRouted,
        ReportStatus.Accepted => ReportsText.StatusAccepted,
        ReportStatus.Verifying => ReportsText.StatusVerifying,
        ReportStatus.Concluded => ReportsText.StatusConcluded,
        _ => ReportsText.StatusClosed,
    };

    public static string Conclusion(ReportConclusion conclusion) => conclusion switch
    {
        ReportConclusion.Substantiated => ReportsText.ConclusionSubstantiated,
        ReportConclusion.PartlySubstantiated => ReportsText.ConclusionPartly,
        _ => ReportsText.ConclusionNot,
    };

    /// <summary>A size limit as people read it: whole megabytes, or kilobytes below one.</summary>
    public static string Size(long bytes) =>
        bytes >= 1048576 ? $"{bytes / 1048576.0:0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
