using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.OpenData;

/// <summary>A feed as Atom (RFC 4287): each entry links the announcement's page and names its list as a category.</summary>
public static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <param name="filters">The query string the feed was asked with, for its self and alternate links.</param>
    public static async Task<byte[]> WriteAsync(GetFeed.Feed feed, string baseUrl, string filters, string authority)
    {
        await using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "feed", Ns);
            // The feed speaks the reader's language; each entry's title and summary are data, written in Chinese.
            await xml.WriteAttributeStringAsync("xml", "lang", null, Core.Localization.PortalCultures.Current);
            await xml.WriteElementStringAsync(null, "id", Ns, feed.Id);
            await xml.WriteElementStringAsync(null, "title", Ns, feed.Title);
            await xml.WriteElementStringAsync(null, "updated", Ns, Instant(feed.Updated));
            await LinkAsync(xml, "self", $"{baseUrl}/feeds/announcements.atom{filters}", "application/atom+xml");
            await LinkAsync(xml, "alternate", $"{baseUrl}/search{filters}", "text/html");
            await AuthorAsync(xml, authority);
            foreach (var item in feed.Items)
            {
                await xml.WriteStartElementAsync(null, "entry", Ns);
                await xml.WriteElementStringAsync(null, "id", Ns, GetFeed.StableId($"announcement/{item.Id}"));
                await ChineseAsync(xml, "title", item.Title);
                await xml.WriteElementStringAsync(null, "updated", Ns, Instant(item.PublishedAt ?? DateTime.UnixEpoch));
                await xml.WriteElementStringAsync(null, "published", Ns, Instant(item.PublishedAt ?? DateTime.UnixEpoch));
                await LinkAsync(xml, "alternate", $"{baseUrl}/announcements/{item.Id}", "text/html");
                await AuthorAsync(xml, item.Publisher);
                await xml.WriteStartElementAsync(null, "category", Ns);
                await xml.WriteAttributeStringAsync(null, "term", null, item.List);
                await xml.WriteAttributeStringAsync(null, "label", null, ListDefinitions.Of(item.ListValue).Name);
                await xml.WriteEndElementAsync();
                await ChineseAsync(xml, "summary",
                    $"{item.Enterprise.Name}（{item.Enterprise.CreditCode}），{item.Enterprise.RegionName}，{item.Enterprise.IndustryName}。{item.DocumentNumber}");
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }
        return buffer.ToArray();
    }

    private static async Task ChineseAsync(XmlWriter xml, string name, string text)
    {
        await xml.WriteStartElementAsync(null, name, Ns);
        await xml.WriteAttributeStringAsync("xml", "lang", null, "zh-CN");
        await xml.WriteStringAsync(text);
        await xml.WriteEndElementAsync();
    }

    private static async Task AuthorAsync(XmlWriter xml, string name)
    {
        await xml.WriteStartElementAsync(null, "author", Ns);
        await xml.WriteElementStringAsync(null, "name", Ns, name);
        await xml.WriteEndElementAsync();
    }

    private static async Task LinkAsync(XmlWriter xml, string rel, string href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", Ns);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static string Instant(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
