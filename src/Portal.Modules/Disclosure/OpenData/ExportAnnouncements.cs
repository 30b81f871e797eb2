using System.Runtime.CompilerServices;
using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Announcements;

namespace Portal.Modules.Disclosure.OpenData;

/// <summary>
/// GET /api/v1/announcements.csv: every match of the API's filters (at most <see cref="MaxRows"/>), read a page at a
/// time as the file is written. A refused filter is refused before the download starts.
/// </summary>
public static class ExportAnnouncements
{
    public const int MaxRows = 50_000;

    private const int PageSize = 100;

    /// <param name="FileName">The ASCII file name, and <paramref name="DownloadName"/> the Chinese one for browsers that read it.</param>
    public sealed record Export(string FileName, string DownloadName, IAsyncEnumerable<IReadOnlyList<AnnouncementItem>> Pages);

    public sealed class Handler(ListAnnouncements.Handler lists, TimeProvider clock)
    {
        public async Task<Outcome<Export>> HandleAsync(ListAnnouncements.Query query, CancellationToken cancellationToken)
        {
            var first = await lists.HandleAsync(query with { PageSize = PageSize }, cancellationToken);
            if (!first.Succeeded)
            {
                return first.Cast<Export>();
            }
            var today = ChinaTime.Today(clock).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            return Outcome<Export>.Ok(new Export($"announcements-{today}.csv", $"{DisclosureText.CsvFileName}-{today}.csv", PagesAsync(first.Value!, query)));
        }

        private async IAsyncEnumerable<IReadOnlyList<AnnouncementItem>> PagesAsync(ListAnnouncements.Result page, ListAnnouncements.Query query,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var written = 0;
            while (true)
            {
                yield return page.Items;
                written += page.Items.Count;
                if (page.NextCursor is null || written >= MaxRows)
                {
                    yield break;
                }
                var next = await lists.HandleAsync(query with { PageSize = PageSize, Cursor = page.NextCursor }, cancellationToken);
                if (!next.Succeeded)
                {
                    yield break;
                }
                page = next.Value!;
            }
        }
    }
}
