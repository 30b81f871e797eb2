using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portal.Modules.Campaign.Ledgers;

/// <summary>
/// The four tables as one workbook that opens cleanly in WPS and Excel (以WPS表格报送, seed 000_6ff842427b64bf71.txt
/// 五(三)2): a sheet per table with its title and the unit, region and period above a frozen header, Chinese column
/// titles, set widths, dates as real dates, a 合计 row, and print titles so each printed page repeats the header.
/// </summary>
public static class LedgerWorkbook
{
    /// <summary>Rows above the data: the title, the unit and period, the column titles.</summary>
    public const int HeaderRows = 3;

    private const uint TitleStyle = 1, SubtitleStyle = 2, HeaderStyle = 3, TextStyle = 4, DateStyle = 5, NumberStyle = 6, TotalTextStyle = 7, TotalNumberStyle = 8;

    public static byte[] Write(LedgerSet ledgers, string unitName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var definedNames = new DefinedNames();
            uint sheetId = 1;
            foreach (var table in ledgers.Tables)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table, ledgers, unitName, strings);
                var name = string.Format(CultureInfo.InvariantCulture, CampaignText.LedgerSheetName, table.Number);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });
                definedNames.Append(new DefinedName($"'{name}'!$1:${HeaderRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetId - 1 });
                sheetId++;
            }
            workbookPart.Workbook.Append(definedNames);
            strings.Save();
        }
        return stream.ToArray();
    }

    private static Worksheet Sheet(LedgerTable table, LedgerSet ledgers, string unitName, SharedStrings strings)
    {
        var lastColumn = ColumnName(table.Columns.Count);
        var data = new SheetData();
        data.Append(Row(1, [Text("A1", table.Title, TitleStyle, strings)], height: 28));
        var subtitle = string.Format(CampaignText.LedgerSubtitle, unitName, ledgers.RegionName, ledgers.PeriodLabel, ledgers.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        data.Append(Row(2, [Text("A2", subtitle, SubtitleStyle, strings)]));
        data.Append(Row(3, table.Columns.Select((c, i) => Text($"{ColumnName(i + 1)}3", c.Title, HeaderStyle, strings)), height: 32));
        var rowNumber = (uint)HeaderRows;
        foreach (var row in table.Rows)
        {
            rowNumber++;
            data.Append(Row(rowNumber, row.Select((cell, i) => Cell($"{ColumnName(i + 1)}{rowNumber}", cell, table.Columns[i].Kind, strings, total: false))));
        }
        rowNumber++;
        var totals = table.Totals();
        data.Append(Row(rowNumber, totals.Select((cell, i) => Cell($"{ColumnName(i + 1)}{rowNumber}", cell, table.Columns[i].Kind, strings, total: true))));

        var firstData = $"A{HeaderRows + 1}";
        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRows, TopLeftCell = firstData, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstData, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstData } })
        { WorkbookViewId = 0 }));
        worksheet.Append(new Columns(table.Columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })));
        worksheet.Append(data);
        worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{lastColumn}1" }, new MergeCell { Reference = $"A2:{lastColumn}2" }));
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private static Row Row(uint index, IEnumerable<Cell> cells, double? height = null)
    {
        var row = new Row(cells) { RowIndex = index };
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }
        return row;
    }

    private static Cell Cell(string reference, object? value, LedgerCellKind kind, SharedStrings strings, bool total) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = total ? TotalTextStyle : TextStyle },
        DateOnly date => new Cell
        {
            CellReference = reference,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
            StyleIndex = DateStyle,
        },
        decimal number => new Cell { CellReference = reference, CellValue = new CellValue(number), StyleIndex = total ? TotalNumberStyle : NumberStyle },
        _ => Text(reference, value.ToString()!, total ? TotalTextStyle : kind == LedgerCellKind.Index ? NumberStyle : TextStyle, strings),
    };

    private static Cell Text(string reference, string text, uint style, SharedStrings strings) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Index(text)), StyleIndex = style };

    /// <summary>1 → A, 27 → AA.</summary>
    private static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + (number - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>Fonts, fills, borders and the cell formats the style constants above index, in that order.</summary>
    private static Stylesheet Styles()
    {
        Font Font(double size, bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 })
            : new Font(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new DiagonalBorder());
        CellFormat Format(uint font, uint fill, uint border, uint numberFormat = 0, Alignment? alignment = null)
        {
            var format = new CellFormat { FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0 };
            if (font != 0) format.ApplyFont = true;
            if (fill != 0) format.ApplyFill = true;
            if (border != 0) format.ApplyBorder = true;
            if (numberFormat != 0) format.ApplyNumberFormat = true;
            if (alignment is not null)
            {
                format.Append(alignment);
                format.ApplyAlignment = true;
            }
            return format;
        }
        const uint dateFormat = 164;
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = dateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(Font(11, false), Font(11, true), Font(16, true)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(0, 0, 0),
                Format(2, 0, 0, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }),
                Format(0, 0, 0, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Center }),
                Format(1, 2, 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
                Format(0, 0, 1, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
                Format(0, 0, 1, dateFormat, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top }),
                Format(0, 0, 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top }),
                Format(1, 0, 1, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
                Format(1, 0, 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top })) { Count = 9 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();

        public int Index(string text)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _indexes.Count;
                _indexes[text] = index;
                // Spaces at either end would be dropped by a reader without xml:space="preserve".
                _table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            return index;
        }

        public void Save()
        {
            _table.Count = (uint)_indexes.Count;
            _table.UniqueCount = (uint)_indexes.Count;
            part.SharedStringTable = _table;
        }
    }
}
