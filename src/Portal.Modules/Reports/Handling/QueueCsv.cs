using System.Globalization;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Reports.Handling;

/// <summary>
/// The unit's queue as a spreadsheet for its own follow-up meetings: UTF-8 with a BOM for WPS and Excel, formulas
/// escaped. Never the reporter's identity, which is not in the queue at all.
/// </summary>
public static class QueueCsv
{
    private static readonly (string Name, Func<GetQueue.Item, string?> Value)[] Columns =
    [
        (ReportsText.TrackingCode, i => i.TrackingCode),
        (ReportsText.Category, i => i.CategoryName),
        (ReportsText.QueueFilterKind, i => i.RealName ? ReportsText.RealNameBadge : ReportsText.AnonymousBadge),
        (ReportsText.EnterpriseName, i => i.EnterpriseName),
        (ReportsText.QueueRegion, i => i.RegionName),
        (ReportsText.CurrentStatus, i => i.StatusName),
        (ReportsText.SubmittedOn, i => i.SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        (ReportsText.DueOn, i => i.DueOn is { } due ? $"{i.DueFor} {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : null),
        (ReportsText.QueueWorkingDaysLeft, i => i.WorkingDaysLeft?.ToString(CultureInfo.InvariantCulture)),
    ];

    public static Task<byte[]> WriteAsync(IReadOnlyList<GetQueue.Item> items, CancellationToken cancellationToken) =>
        CsvTable.WriteAsync(items, Columns, cancellationToken);
}
