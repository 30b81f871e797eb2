using System.Globalization;
using CsvHelper;

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

    public static async Task<byte[]> WriteAsync(IReadOnlyList<GetQueue.Item> items, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column.Name);
            }
            await csv.EndRecordAsync(cancellationToken);
            foreach (var item in items)
            {
                foreach (var column in Columns)
                {
                    csv.WriteField(column.Value(item));
                }
                await csv.EndRecordAsync(cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
        }
        return buffer.ToArray();
    }
}
