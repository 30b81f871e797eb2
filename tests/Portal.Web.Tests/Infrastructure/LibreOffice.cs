using System.Text;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// Debian's LibreOffice Calc as an independent reader of the workbooks the portal writes: each sheet converted to CSV
/// with its cells as shown (dates in the cell's own format), then read back as rows.
/// </summary>
public static class LibreOffice
{
    public static async Task<IReadOnlyDictionary<string, List<string[]>>> ReadSheetsAsync(byte[] workbook)
    {
        using var folder = ExternalTool.Folder();
        var input = folder.File("ledgers.xlsx");
        await File.WriteAllBytesAsync(input, workbook);
        // Fields: comma, double quote, UTF-8, from line 1, standard, language, quoted as text, special numbers,
        // contents as shown, no formulas, no trimming, every sheet (-1) into its own file.
        await ExternalTool.RequireAsync("soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{folder.File("profile")}",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder.Path, input);
        return Directory.GetFiles(folder.Path, "ledgers-*.csv")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f)["ledgers-".Length..], f => Csv.Parse(File.ReadAllText(f, Encoding.UTF8)));
    }

    /// <summary>A CSV file opened as Calc opens it (UTF-8, comma, double quote) and saved again as plain CSV: what a user would see.</summary>
    public static async Task<List<string[]>> ReadCsvAsync(byte[] csv)
    {
        using var folder = ExternalTool.Folder();
        var input = folder.File("table.csv");
        await File.WriteAllBytesAsync(input, csv);
        var output = Directory.CreateDirectory(folder.File("out")).FullName;
        await ExternalTool.RequireAsync("soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{folder.File("profile")}",
            "--infilter=CSV:44,34,76,1", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", output, input);
        return Csv.Parse(await File.ReadAllTextAsync(Path.Combine(output, "table.csv"), Encoding.UTF8));
    }
}

/// <summary>RFC 4180 as LibreOffice and the portal write it: quoted fields with doubled quotes, CRLF or LF rows.</summary>
public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted || c is not (',' or '\r' or '\n'))
            {
                field.Append(c);
            }
            else
            {
                row.Add(field.ToString());
                field.Clear();
                if (c != ',')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    rows.Add([.. row]);
                    row.Clear();
                }
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }
        return rows;
    }
}
