using Portal.Modules.Core.Common;

namespace Portal.Modules.Supervision.Obligations;

/// <summary>The drill-down rows as a spreadsheet: UTF-8 with a BOM so WPS and Excel read the Chinese, formulas escaped.</summary>
public static class ObligationsCsv
{
    private static readonly (string Name, Func<ListObligations.Item, string?> Value)[] Columns =
    [
        (SupervisionText.ColumnKind, i => i.KindName),
        (SupervisionText.ColumnTitle, i => i.Title),
        (SupervisionText.CsvSubject, i => i.SubjectId),
        (SupervisionText.ColumnUnit, i => i.Unit),
        (SupervisionText.ColumnRegion, i => i.RegionCode),
        (SupervisionText.CsvStartedOn, i => i.StartedOn.ToString("yyyy-MM-dd")),
        (SupervisionText.CsvDueOn, i => i.DueOn.ToString("yyyy-MM-dd")),
        (SupervisionText.CsvMetOn, i => i.MetOn?.ToString("yyyy-MM-dd")),
        (SupervisionText.ColumnStatus, i => i.StatusName),
        (SupervisionText.CsvOverdueDays, i => i.OverdueWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (SupervisionText.CsvDaysLeft, i => i.WorkingDaysLeft?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (SupervisionText.CsvHandling, i => i.HandlingWorkingDays?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static Task<byte[]> WriteAsync(IReadOnlyList<ListObligations.Item> items, CancellationToken cancellationToken) =>
        CsvTable.WriteAsync(items, Columns, cancellationToken);
}
