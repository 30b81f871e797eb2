using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Portal.Modules.Search.Index;

/// <summary>
/// One segment's sort key, date and facet ordinals copied out of its doc values into plain arrays, once per segment
/// for the segment's life (Lucene.Net.Facet is not available, and reading doc values per hit cost ~0.6 µs a hit:
/// most of a broad query's time). Segments never change their doc values, so the copy is kept with the segment's core
/// and dropped when a merge retires it. About 40 bytes a document.
/// </summary>
internal sealed class SegmentColumns
{
    public const int KindFacet = 5;

    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = new();

    public required long[] Keys { get; init; }
    public required int[] Ids { get; init; }
    public required int[] PublishedOn { get; init; }

    /// <summary>Per facet of <see cref="IndexSchema.Facets"/>: each document's ordinal in this segment, -1 when it has none.</summary>
    public required int[][] Ordinals { get; init; }

    /// <summary>Per facet: the value of each ordinal.</summary>
    public required string[][] Values { get; init; }

    public static SegmentColumns Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    /// <summary>The ordinal of <paramref name="value"/> in facet <paramref name="facet"/>, or -1 when no document of the segment has it.</summary>
    public int OrdinalOf(int facet, string value) => Array.IndexOf(Values[facet], value);

    private static SegmentColumns Read(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        var ordinals = new int[IndexSchema.Facets.Length][];
        var values = new string[IndexSchema.Facets.Length][];
        for (var f = 0; f < IndexSchema.Facets.Length; f++)
        {
            var docValues = reader.GetSortedDocValues(IndexSchema.Facets[f]);
            var perDoc = new int[count];
            if (docValues is null)
            {
                Array.Fill(perDoc, -1);
                values[f] = [];
            }
            else
            {
                for (var doc = 0; doc < count; doc++)
                {
                    perDoc[doc] = docValues.GetOrd(doc);
                }
                var named = new string[docValues.ValueCount];
                var bytes = new BytesRef();
                for (var ord = 0; ord < named.Length; ord++)
                {
                    docValues.LookupOrd(ord, bytes);
                    named[ord] = bytes.Utf8ToString();
                }
                values[f] = named;
            }
            ordinals[f] = perDoc;
        }
        return new SegmentColumns
        {
            Keys = Numbers(reader, IndexSchema.Key, count),
            Ids = Integers(reader, IndexSchema.Id, count),
            PublishedOn = Integers(reader, IndexSchema.PublishedOn, count),
            Ordinals = ordinals,
            Values = values,
        };
    }

    private static int[] Integers(AtomicReader reader, string field, int count)
    {
        var numbers = new int[count];
        if (reader.GetNumericDocValues(field) is { } docValues)
        {
            for (var doc = 0; doc < count; doc++)
            {
                numbers[doc] = (int)docValues.Get(doc);
            }
        }
        return numbers;
    }

    private static long[] Numbers(AtomicReader reader, string field, int count)
    {
        var numbers = new long[count];
        if (reader.GetNumericDocValues(field) is { } docValues)
        {
            for (var doc = 0; doc < count; doc++)
            {
                numbers[doc] = docValues.Get(doc);
            }
        }
        return numbers;
    }
}
