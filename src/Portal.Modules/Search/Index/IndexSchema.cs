using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Index;

/// <summary>
/// The fields of one indexed document. Filters are untokenised terms; what the lists count and sort on is in doc
/// values, which a query copies into plain arrays once per segment (<see cref="SegmentColumns"/>); nothing is stored,
/// because the page's rows are read from the database by id.
/// </summary>
internal static class IndexSchema
{
    /// <summary>The fields and their meaning; with the analyzer's version it makes the index's format, and a node rebuilds an index of another format.</summary>
    public const int Version = 4;

    public static string Format => $"lucene-{Version}.{ChineseAnalyzer.Version}";

    public const string Uid = "uid";
    public const string Kind = "kind";
    public const string Grams = "grams";
    public const string Chars = GramAnalyzer.CharsField;
    public const string Exact = "exact";
    public const string List = "list";
    public const string Stage = "stage";
    public const string Level = "level";
    public const string Region = "region";
    public const string Industry = "industry";
    public const string Dimension = "dimension";
    public const string Department = "department";
    public const string CreditCode = "credit_code";

    // Doc values only.
    public const string Id = "id";
    public const string Key = "key";
    public const string PublishedOn = "published_on";
    public const string Fingerprint = "fingerprint";
    public const string RegionPath = "region_path";

    /// <summary>The facet fields kept per segment as ordinals, in the order of <see cref="SegmentColumns.Ordinals"/>.</summary>
    public static readonly string[] Facets = [List, Level, Dimension, Industry, RegionPath, Kind];

    private static readonly FieldType Unigrams = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });
    private static readonly FieldType Bigrams = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true });

    public static string UidOf(string kind, int id) => kind + ":" + id.ToString(CultureInfo.InvariantCulture);

    public static Document ToDocument(string kind, SearchDocument d, long fingerprint)
    {
        var document = new Document
        {
            new StringField(Uid, UidOf(kind, d.Id), Field.Store.NO),
            new StringField(Kind, kind, Field.Store.NO),
            new SortedDocValuesField(Kind, new BytesRef(kind)),
            new NumericDocValuesField(Id, d.Id),
            new NumericDocValuesField(Key, KeyOf(d.PublishAt, d.Id)),
            new NumericDocValuesField(PublishedOn, DateNumber(d.PublishedOn)),
            new NumericDocValuesField(Fingerprint, fingerprint),
        };
        Filter(document, List, d.List, facet: true);
        Filter(document, Stage, d.Stage, facet: false);
        Filter(document, Level, d.Level, facet: true);
        Filter(document, Industry, d.Industry, facet: true);
        Filter(document, Department, d.Department, facet: false);
        Filter(document, CreditCode, d.CreditCode, facet: false);
        if (d.Dimension is { } dimension)
        {
            Filter(document, Dimension, dimension, facet: true);
        }
        // A region filter asks for a subtree: every ancestor path is a term, so the subtree is one term query.
        for (var end = d.RegionPath.IndexOf('/', 1); end > 0; end = d.RegionPath.IndexOf('/', end + 1))
        {
            document.Add(new StringField(Region, d.RegionPath[..(end + 1)], Field.Store.NO));
        }
        document.Add(new SortedDocValuesField(RegionPath, new BytesRef(d.RegionPath)));
        foreach (var text in d.Texts)
        {
            document.Add(new Field(Grams, text, Bigrams));
            document.Add(new Field(Chars, text, Unigrams));
        }
        foreach (var term in d.ExactTerms.Append(d.CreditCode))
        {
            if (ChineseAnalyzer.ExactToken(term) is { Length: > 0 } token)
            {
                document.Add(new StringField(Exact, token, Field.Store.NO));
            }
        }
        return document;
    }

    /// <summary>Publication second in the high bits, the id's low 24 bits below: unique unless 16 million ids share a second.</summary>
    public static long KeyOf(DateTime publishAtUtc, int id) =>
        (new DateTimeOffset(DateTime.SpecifyKind(publishAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds() << 24) | (uint)(id & 0xFFFFFF);

    /// <summary>The largest key of a document public at <paramref name="nowUtc"/>.</summary>
    public static long VisibleKeyLimit(DateTime nowUtc) => KeyOf(nowUtc, 0xFFFFFF);

    public static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>A stable 64-bit digest of everything the index holds about a document, and of the analysis that put it there.</summary>
    public static long FingerprintOf(SearchDocument d)
    {
        var builder = new StringBuilder();
        builder.Append(Format).Append('\u001f')
            .Append(d.PublishAt.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .AppendJoin('\u001f', d.List, d.Stage, d.Level, d.RegionPath, d.Industry, d.Dimension ?? "", d.Department,
                DateNumber(d.PublishedOn).ToString(CultureInfo.InvariantCulture), d.CreditCode)
            .Append('\u001e').AppendJoin('\u001f', d.ExactTerms)
            .Append('\u001e').AppendJoin('\u001f', d.Texts);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()), hash);
        return BitConverter.ToInt64(hash[..8]);
    }

    private static void Filter(Document document, string field, string value, bool facet)
    {
        document.Add(new StringField(field, value, Field.Store.NO));
        if (facet)
        {
            document.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
