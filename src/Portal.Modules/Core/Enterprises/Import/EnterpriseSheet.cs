using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Portal.Modules.Core.Enterprises.Import;

/// <summary>
/// Reads the register's spreadsheet, .xlsx or .csv (UTF-8, or GB18030 as WPS and Excel save it in China): one row per
/// piece of equipment, its enterprise's columns repeated or left blank under the first row of that enterprise.
/// </summary>
public static class EnterpriseSheet
{
    public const int MaxRows = 20_000;

    /// <summary>The columns by their Chinese titles, as the template names them.</summary>
    public static readonly IReadOnlyList<(string Title, string Field, bool Required)> Columns =
    [
        ("统一社会信用代码", "creditCode", true),
        ("企业名称", "name", true),
        ("详细地址", "address", true),
        ("行政区划代码", "regionCode", true),
        ("行业", "industry", true),
        ("企业规模", "size", false),
        ("所有制", "ownership", false),
        ("生产状态", "state", false),
        ("设备名称", "equipment.name", false),
        ("型号", "equipment.model", false),
        ("数量", "equipment.quantity", false),
        ("产能", "equipment.capacity", false),
        ("产能单位", "equipment.capacityUnit", false),
    ];

    /// <summary>One line of the sheet (counting the title row as line 1), each column's text by its field.</summary>
    public sealed record Row(int Line, IReadOnlyDictionary<string, string?> Cells)
    {
        public string? this[string field] => Cells.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
    }

    public sealed record Sheet(IReadOnlyList<Row> Rows, IReadOnlyList<string> MissingColumns, string? Problem);

    public static Sheet Read(string fileName, byte[] content)
    {
        var isXlsx = content.AsSpan().StartsWith("PK\u0003\u0004"u8);
        var isCsv = !isXlsx && fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (!isXlsx && !isCsv)
        {
            return new Sheet([], [], string.Format(CoreText.ImportNotASheet, fileName));
        }
        List<IDictionary<string, object?>> rows;
        try
        {
            using var stream = isXlsx ? new MemoryStream(content) : new MemoryStream(Encoding.UTF8.GetBytes(DecodeText(content)));
            var configuration = isXlsx ? null : new CsvConfiguration();
            rows = [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: isXlsx ? ExcelType.XLSX : ExcelType.CSV, configuration: configuration)
                .Take(MaxRows + 1)
                .Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException
                                      or System.Xml.XmlException or NotSupportedException or IndexOutOfRangeException or NullReferenceException)
        {
            return new Sheet([], [], string.Format(CoreText.ImportUnreadable, fileName));
        }
        if (rows.Count > MaxRows)
        {
            return new Sheet([], [], string.Format(CoreText.ImportTooManyRows, MaxRows));
        }
        var titles = rows.Count > 0 ? rows[0].Keys.Select(k => k.Trim().TrimStart('\uFEFF')).ToHashSet() : [];
        var missing = Columns.Where(c => c.Required && !titles.Contains(c.Title)).Select(c => c.Title).ToList();
        if (rows.Count == 0 || missing.Count > 0)
        {
            return new Sheet([], rows.Count == 0 ? [.. Columns.Where(c => c.Required).Select(c => c.Title)] : missing, null);
        }
        var byTitle = Columns.ToDictionary(c => c.Title, c => c.Field);
        var read = new List<Row>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = new Dictionary<string, string?>();
            foreach (var (key, value) in rows[i])
            {
                if (byTitle.TryGetValue(key.Trim().TrimStart('\uFEFF'), out var field))
                {
                    cells[field] = Text(value);
                }
            }
            if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                read.Add(new Row(i + 2, cells));
            }
        }
        return new Sheet(read, [], null);
    }

    /// <summary>A number typed into a spreadsheet comes back as a double; 8.8 stays "8.8", not "8.8000000000000007".</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string DecodeText(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }
}
