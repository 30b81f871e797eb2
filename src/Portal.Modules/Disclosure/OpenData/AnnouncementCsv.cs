using System.Globalization;
using CsvHelper;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.OpenData;

/// <summary>
/// Announcements as CSV: UTF-8 with a BOM, so Excel and WPS read the Chinese; Chinese headers first, then the
/// API's own values for programs; anything a spreadsheet would run as a formula is escaped.
/// </summary>
public static class AnnouncementCsv
{
    private sealed record Column(string Header, Func<AnnouncementItem, string, string?> Value);

    private static readonly Column[] Columns =
    [
        new(DisclosureText.CsvIndexNumber, (a, _) => a.IndexNumber),
        new(DisclosureText.CsvList, (a, _) => ListDefinitions.Of(a.ListValue).Name),
        new(DisclosureText.CsvStage, (a, _) => DisclosureText.StageName(a.StageValue)),
        new(DisclosureText.CsvEnterprise, (a, _) => a.Enterprise.Name),
        new(DisclosureText.CsvCreditCode, (a, _) => a.Enterprise.CreditCode),
        new(DisclosureText.CsvEnterpriseRegion, (a, _) => a.Enterprise.RegionName),
        new(DisclosureText.CsvRegionCode, (a, _) => a.Enterprise.RegionCode),
        new(DisclosureText.CsvIndustry, (a, _) => a.Enterprise.IndustryName),
        new(DisclosureText.CsvTitle, (a, _) => a.Title),
        new(DisclosureText.CsvDocumentNumber, (a, _) => a.DocumentNumber),
        new(DisclosureText.CsvPublisher, (a, _) => a.Publisher),
        new(DisclosureText.CsvLevel, (a, _) => WireValue.TryParse<RegionLevel>(a.Level, out var l) ? DisclosureText.LevelName(l) : a.Level),
        new(DisclosureText.CsvDimension, (a, _) => a.Dimension is null ? null : DisclosureText.DimensionName(a.Dimension)),
        new(DisclosureText.CsvInspectionCompletedOn, (a, _) => Date(a.InspectionCompletedOn)),
        new(DisclosureText.CsvPublicationDueOn, (a, _) => Date(a.PublicationDueOn)),
        new(DisclosureText.CsvPublishedOn, (a, _) => Date(a.PublishedOn)),
        new(DisclosureText.CsvDeadline, (a, _) => Date(a.Deadline)),
        new(DisclosureText.CsvValidity, (a, _) => a.Withdrawal is null ? DisclosureText.ValidityEffective : DisclosureText.ValidityWithdrawn),
        new(DisclosureText.CsvLink, (a, baseUrl) => $"{baseUrl}/announcements/{a.Id}"),
        new("list", (a, _) => a.List),
        new("stage", (a, _) => a.Stage),
        new("id", (a, _) => a.Id.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Writes the header and every page's rows, a page at a time, so a long export starts at once and holds one page in memory.</summary>
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<IReadOnlyList<AnnouncementItem>> pages, string baseUrl, CancellationToken cancellationToken)
    {
        var first = true;
        await foreach (var page in pages.WithCancellation(cancellationToken))
        {
            await WriteChunkAsync(output, first, page, baseUrl, cancellationToken);
            first = false;
        }
        if (first)
        {
            await WriteChunkAsync(output, true, [], baseUrl, cancellationToken);
        }
    }

    private static async Task WriteChunkAsync(Stream output, bool first, IReadOnlyList<AnnouncementItem> items, string baseUrl, CancellationToken cancellationToken)
    {
        // CsvHelper writes synchronously; Kestrel takes only asynchronous writes, so each page is encoded into memory first.
        using var chunk = new MemoryStream();
        await using (var csv = CsvWriter.Create(chunk, new CsvWriterOptions { WriteByteOrderMark = first, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            if (first)
            {
                foreach (var column in Columns)
                {
                    csv.WriteField(column.Header);
                }
                await csv.EndRecordAsync(cancellationToken);
            }
            foreach (var item in items)
            {
                foreach (var column in Columns)
                {
                    csv.WriteField(column.Value(item, baseUrl));
                }
                await csv.EndRecordAsync(cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
        }
        chunk.Position = 0;
        await chunk.CopyToAsync(output, cancellationToken);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
