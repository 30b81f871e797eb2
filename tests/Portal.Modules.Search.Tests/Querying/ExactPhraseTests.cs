using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;
using Portal.Modules.Search.Index;
using Portal.Modules.Search.Querying;

namespace Portal.Modules.Search.Tests.Querying;

public class ExactPhraseTests
{
    private static readonly DateTime Noon = new(2026, 6, 1, 4, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Texts from four characters, so that every bigram recurs, often several times in one text and out of place; one
    /// in fifty starts with a rare one, so that a phrase can pair a rare bigram with common ones.
    /// </summary>
    private static readonly string[] Texts = [.. Enumerable.Range(0, 600).Select(i =>
    {
        var random = new Random(i);
        return (i % 50 == 0 ? "炉钢铁" : "") + new string([.. Enumerable.Range(0, random.Next(2, 80)).Select(_ => "钢铁水泥，"[random.Next(random.Next(6) == 0 ? 5 : 4)])]);
    })];

    private static DirectoryReader Index(IEnumerable<int> deleted)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, LiveIndex.Config(OpenMode.CREATE, 16)))
        {
            for (var id = 0; id < Texts.Length; id++)
            {
                var document = new SearchDocument(id, Noon, "violation", "pending", "county", "/220000/", "steel", null, "miit",
                    DateOnly.FromDateTime(Noon), "91220300MA0000000X", [], [Texts[id]]);
                writer.AddDocument(IndexSchema.ToDocument("announcement", document, IndexSchema.FingerprintOf(document)));
                if (id % 100 == 99)
                {
                    writer.Commit();
                }
            }
            foreach (var id in deleted)
            {
                writer.DeleteDocuments(new Term(IndexSchema.Uid, IndexSchema.UidOf("announcement", id)));
            }
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    private static List<int> Found(IndexReader reader, Query query)
    {
        var collector = new MatchCollector(new MatchCollector.Criteria("announcement", IndexSchema.VisibleKeyLimit(Noon), null, true, Texts.Length, null, null, false));
        new IndexSearcher(reader).Search(query, collector);
        return [.. collector.Page().Select(p => p.Id).Order()];
    }

    [Theory]
    [InlineData("钢铁水")]
    [InlineData("钢铁钢铁")]
    [InlineData("水泥钢铁水泥")]
    [InlineData("铁铁铁")]
    [InlineData("泥钢铁水泥钢")]
    [InlineData("钢钢钢钢钢")]
    [InlineData("炉钢铁")]
    [InlineData("炉钢铁钢")]
    public void A_phrase_finds_exactly_the_texts_that_contain_it_and_none_deleted(string phrase)
    {
        var deleted = Enumerable.Range(0, Texts.Length).Where(id => id % 7 == 3).ToHashSet();
        using var reader = Index(deleted);
        var query = SearchQueryParser.Parse(phrase).Match;

        Assert.IsType<ExactPhrase>(query);
        var expected = Enumerable.Range(0, Texts.Length).Where(id => Texts[id].Contains(phrase, StringComparison.Ordinal) && !deleted.Contains(id)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Found(reader, query));
    }

    [Fact]
    public void Terms_present_but_apart_or_in_another_order_are_no_match()
    {
        using var reader = Index([]);
        var query = new ExactPhrase(IndexSchema.Grams, [("钢铁", 0), ("水泥", 2)]);
        var apart = Enumerable.Range(0, Texts.Length).Where(id => Texts[id].Contains("钢铁", StringComparison.Ordinal) && Texts[id].Contains("水泥", StringComparison.Ordinal)).ToList();

        var found = Found(reader, query);

        Assert.Equal(apart.Where(id => Texts[id].Contains("钢铁水泥", StringComparison.Ordinal)), found);
        Assert.True(apart.Count > found.Count);
    }

    [Fact]
    public void A_phrase_counted_in_pieces_on_several_cores_finds_what_one_pass_finds()
    {
        using var reader = Index([]);
        var query = SearchQueryParser.Parse("铁水泥钢").Match!;
        var criteria = new MatchCollector.Criteria("announcement", IndexSchema.VisibleKeyLimit(Noon), null, true, Texts.Length, null, null, true);

        var pieces = SegmentSearch.Collect(new IndexSearcher(reader), query, criteria, everyMatch: true, cores: 3, parallelFrom: 0, pieceDocs: 13);

        Assert.Equal(Found(reader, query), pieces.Page().Select(p => p.Id).Order());
    }
}
