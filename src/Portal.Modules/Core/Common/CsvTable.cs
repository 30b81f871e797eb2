using CsvHelper;

namespace Portal.Modules.Core.Common;

/// <summary>
/// A table as a spreadsheet people open in WPS or Excel: UTF-8 with a BOM so the Chinese reads right, a title row, and
/// formulas escaped so that a cell typed as =… by anyone is shown, not run.
/// </summary>
public static class CsvTable
{
    public static async Task<byte[]> WriteAsync<T>(IEnumerable<T> rows, IReadOnlyList<(string Title, Func<T, string?> Value)> columns, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Title);
            }
            await csv.EndRecordAsync(cancellationToken);
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(column.Value(row));
                }
                await csv.EndRecordAsync(cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
        }
        return buffer.ToArray();
    }
}
