namespace Portal.Modules.Campaign.Ledgers;

/// <summary>How a column is written and how the 合计 row sums it.</summary>
public enum LedgerCellKind
{
    /// <summary>序号: the totals row says 合计 here.</summary>
    Index,
    Text,

    /// <summary>The enterprise's name: the totals row counts the rows (企业户数).</summary>
    Name,
    Date,

    /// <summary>Summed.</summary>
    Number,

    /// <summary>A result word (达标/不达标…): the totals row counts the failing word.</summary>
    Outcome,
}

/// <param name="Width">In characters, as WPS and Excel measure columns.</param>
/// <param name="Failing">For an outcome column, the word the totals row counts.</param>
public sealed record LedgerColumn(string Title, LedgerCellKind Kind, double Width, string? Failing = null);

/// <summary>
/// One of the four tables (附表1–4) of a region and campaign year: its columns and rows, in the region's order. Cells are
/// strings, dates (<see cref="DateOnly"/>), numbers (<see cref="decimal"/>) or empty; the totals row is derived, so a
/// city's table sums its counties' exactly.
/// </summary>
public sealed record LedgerTable(int Number, string Name, IReadOnlyList<LedgerColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    public string Title => string.Format(CampaignText.LedgerTableTitle, Number, Name);

    public object?[] Totals()
    {
        var totals = new object?[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
        {
            var column = Columns[c];
            totals[c] = column.Kind switch
            {
                LedgerCellKind.Index => CampaignText.LedgerTotal,
                LedgerCellKind.Name => (decimal)Rows.Count,
                LedgerCellKind.Number => Rows.Sum(r => r[c] as decimal? ?? 0m),
                LedgerCellKind.Outcome => (decimal)Rows.Count(r => Equals(r[c], column.Failing)),
                _ => null,
            };
        }
        return totals;
    }

    /// <summary>A cell as text, the way a CSV and the JSON answer carry it.</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}

/// <summary>The four tables of a region for a period, as generated at one moment.</summary>
public sealed record LedgerSet(string RegionCode, string RegionName, int Year, string PeriodKey, string PeriodLabel, DateOnly AsOf, IReadOnlyList<LedgerTable> Tables);
