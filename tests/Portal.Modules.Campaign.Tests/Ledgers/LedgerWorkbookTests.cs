using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Portal.Modules.Campaign.Ledgers;

namespace Portal.Modules.Campaign.Tests.Ledgers;

public class LedgerWorkbookTests
{
    private static LedgerSet Ledgers()
    {
        LedgerTable Table(int number) => new(number, $"表{number}",
            [new("序号", LedgerCellKind.Index, 6), new("企业名称", LedgerCellKind.Name, 30), new("检查日期", LedgerCellKind.Date, 12),
             new("不达标项数", LedgerCellKind.Number, 10), new("能耗", LedgerCellKind.Outcome, 8, "不达标"), new("说明", LedgerCellKind.Text, 20)],
            [[1m, "甲水泥有限公司", new DateOnly(2027, 4, 12), 2m, "不达标", " 前后有空格 "],
             [2m, "乙钢铁有限公司", new DateOnly(2027, 4, 13), 0m, "达标", null],
             [3m, "=HYPERLINK(\"http://x\")", null, 1m, "不达标", "<script>&"]]);
        return new LedgerSet("220322", "吉林省四平市梨树县", 2027, "2027-q2", "2027年第二季度", new DateOnly(2027, 7, 8), [Table(1), Table(2), Table(3), Table(4)]);
    }

    [Fact]
    public void The_workbook_is_valid_Office_Open_XML_with_one_sheet_per_table()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(LedgerWorkbook.Write(Ledgers(), "梨树县工业和信息化局")), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        Assert.Equal(["附表1", "附表2", "附表3", "附表4"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Each_sheet_has_its_title_unit_and_period_above_a_frozen_header_and_widths_set()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(LedgerWorkbook.Write(Ledgers(), "梨树县工业和信息化局")), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        string? Text(string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference) is { DataType.Value: var t } cell && t == CellValues.SharedString
            ? strings[int.Parse(cell.CellValue!.Text)] : null;

        Assert.Equal("附表1 表1", Text("A1"));
        Assert.Contains("梨树县工业和信息化局", Text("A2"));
        Assert.Contains("2027年第二季度", Text("A2"));
        Assert.Equal("企业名称", Text("B3"));
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((3d, "A4", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal([6d, 30, 12, 10, 8, 20], sheet.Descendants<Column>().Select(c => c.Width!.Value));
        Assert.Contains(sheet.Descendants<MergeCell>(), m => m.Reference == "A1:F1");
        Assert.Equal(" 前后有空格 ", Text("F4"));
        Assert.Equal("=HYPERLINK(\"http://x\")", Text("B6"));
        Assert.Empty(sheet.Descendants<CellFormula>());
    }

    [Fact]
    public void Dates_are_date_serials_with_a_date_format_and_the_totals_row_sums_counts_and_failures()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(LedgerWorkbook.Write(Ledgers(), "x")), false);
        var workbook = document.WorkbookPart!;
        var sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        Cell Cell(string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

        var date = Cell("C4");
        Assert.Null(date.DataType);
        Assert.Equal(new DateTime(2027, 4, 12), DateTime.FromOADate(double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)date.StyleIndex!.Value);
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;
        Assert.Equal("yyyy-mm-dd", code);

        // Row 7: 合计 — three enterprises, 3 failed items, two 不达标 on energy.
        Assert.Equal(("3", "3", "2"), (Cell("B7").CellValue!.Text, Cell("D7").CellValue!.Text, Cell("E7").CellValue!.Text));
    }
}
