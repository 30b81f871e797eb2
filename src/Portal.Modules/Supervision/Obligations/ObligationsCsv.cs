using CsvHelper;

namespace Portal.Modules.Supervision.Obligations;

/// <summary>The drill-down rows as a spreadsheet: UTF-8 with a BOM so WPS and Excel read the Chinese, formulas escaped.</summary>
public static class ObligationsCsv
{
    private static readonly (string Name, Func<ListObligations.Item, string?> Value)[] Columns =
    [
        ("事项类型", i => i.KindName),
        ("事项", i => i.Title),
        ("对象编号", i => i.SubjectId),
        ("责任单位", i => i.Unit),
        ("行政区划代码", i => i.RegionCode),
        ("起算日期", i => i.StartedOn.ToString("yyyy-MM-dd")),
        ("到期日期", i => i.DueOn.ToString("yyyy-MM-dd")),
        ("完成日期", i => i.MetOn?.ToString("yyyy-MM-dd")),
        ("状态", i => i.StatusName),
        ("逾期工作日", i => i.OverdueWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("剩余工作日", i => i.WorkingDaysLeft?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("办理用时（工作日）", i => i.HandlingWorkingDays?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static async Task<byte[]> WriteAsync(IReadOnlyList<ListObligations.Item> items, CancellationToken cancellationToken)
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
