using System.Globalization;
using System.Text;
using System.Xml;

namespace Portal.Modules.Disclosure.OpenData;

/// <summary>The sitemaps.org XML of an index (<c>sitemapindex</c>) or a part (<c>urlset</c>).</summary>
public static class SitemapXml
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static Task<byte[]> IndexAsync(IEnumerable<GetSitemap.Entry> parts, string baseUrl) => WriteAsync("sitemapindex", "sitemap", parts, baseUrl);

    public static Task<byte[]> UrlsAsync(IEnumerable<GetSitemap.Entry> pages, string baseUrl) => WriteAsync("urlset", "url", pages, baseUrl);

    private static async Task<byte[]> WriteAsync(string root, string element, IEnumerable<GetSitemap.Entry> entries, string baseUrl)
    {
        await using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) }))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, root, Ns);
            foreach (var entry in entries)
            {
                await xml.WriteStartElementAsync(null, element, Ns);
                await xml.WriteElementStringAsync(null, "loc", Ns, baseUrl + entry.Path);
                if (entry.Modified is { } date)
                {
                    await xml.WriteElementStringAsync(null, "lastmod", Ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }
        return buffer.ToArray();
    }
}
