using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;
using Portal.Modules.Search.Index;
using Portal.Modules.Search.Querying;

namespace Portal.Modules.Search.Tests.Index;

public class MatchCollectorTests
{
    private static readonly DateTime Noon = new(2026, 6, 1, 4, 0, 0, DateTimeKind.Utc);

    private static SearchDocument Document(int id, string list, string region, DateTime publishAt, string text = "钢铁企业") =>
        new(id, publishAt, list, "pending", "county", region, "steel", id % 2 == 0 ? "energy" : null, "miit",
            DateOnly.FromDateTime(publishAt), "91220300MA0000000X", [], [text]);

    /// <summary>Three segments: documents written in three commits.</summary>
    private static DirectoryReader IndexOf(params SearchDocument[][] commits)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, LiveIndex.Config(OpenMode.CREATE, 16));
        foreach (var commit in commits)
        {
            foreach (var d in commit)
            {
                writer.AddDocument(IndexSchema.ToDocument("announcement", d, IndexSchema.FingerprintOf(d)));
            }
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    private static MatchCollector Collect(IndexReader reader, Query query, long? after = null, bool newestFirst = true, int pageSize = 3, DateTime? now = null)
    {
        var collector = new MatchCollector(new MatchCollector.Criteria("announcement", IndexSchema.VisibleKeyLimit(now ?? Noon.AddDays(30)), after, newestFirst, pageSize, null, null, true));
        new IndexSearcher(reader).Search(query, collector);
        return collector;
    }

    [Fact]
    public void Totals_and_facets_count_every_match_across_segments_and_the_page_is_the_newest()
    {
        using var reader = IndexOf(
            [Document(1, "violation", "/220000/220300/220303/", Noon.AddDays(-3)), Document(2, "yellow", "/220000/220300/220382/", Noon.AddDays(-1))],
            [Document(3, "yellow", "/220000/220100/220102/", Noon.AddDays(-2)), Document(4, "red", "/210000/210100/210102/", Noon)],
            [Document(5, "yellow", "/220000/220300/220303/", Noon.AddDays(-4), "水泥粉磨")]);
        Assert.True(reader.Leaves.Count >= 2);

        var all = Collect(reader, new MatchAllDocsQuery());
        Assert.Equal(5, all.Total);
        Assert.Equal([4, 2, 3], all.Page().Select(p => p.Id));
        Assert.Equal(3, all.Facet(Array.IndexOf(IndexSchema.Facets, IndexSchema.List))["yellow"]);
        Assert.Equal(2, all.Facet(Array.IndexOf(IndexSchema.Facets, IndexSchema.Dimension))["energy"]);
        Assert.Equal(2, all.Facet(Array.IndexOf(IndexSchema.Facets, IndexSchema.RegionPath))["/220000/220300/220303/"]);

        var steel = Collect(reader, SearchQueryParser.Parse("钢铁").Match!, pageSize: 10);
        Assert.Equal(4, steel.Total);
        Assert.DoesNotContain(5, steel.Page().Select(p => p.Id));
    }

    [Fact]
    public void The_next_page_starts_after_the_cursor_and_the_totals_stay_those_of_every_match()
    {
        using var reader = IndexOf([.. Enumerable.Range(1, 7).Select(i => Document(i, "yellow", "/220000/220300/220303/", Noon.AddHours(-i)))]);
        var first = Collect(reader, new MatchAllDocsQuery());
        Assert.Equal([1, 2, 3], first.Page().Select(p => p.Id));
        var second = Collect(reader, new MatchAllDocsQuery(), after: first.Page()[^1].Key);
        Assert.Equal([4, 5, 6], second.Page().Select(p => p.Id));
        Assert.Equal(7, second.Total);

        var oldest = Collect(reader, new MatchAllDocsQuery(), newestFirst: false);
        Assert.Equal([7, 6, 5], oldest.Page().Select(p => p.Id));
    }

    [Fact]
    public void Segments_counted_in_pieces_on_several_cores_give_the_totals_facets_page_and_hidden_key_of_one_pass()
    {
        var lists = new[] { "violation", "yellow", "red", "compliant" };
        var regions = new[] { "/220000/220300/220303/", "/220000/220300/220382/", "/220000/220100/220102/" };
        using var reader = IndexOf([.. Enumerable.Range(0, 5).Select(segment => Enumerable.Range(1, 40 + segment * 7)
            .Select(i => segment * 1000 + i)
            .Select(id => Document(id, lists[id % lists.Length], regions[id % regions.Length], Noon.AddHours(-id % 500 + (id % 11 == 0 ? 48 : 0)),
                id % 3 == 0 ? "水泥粉磨" : "钢铁企业"))
            .ToArray())]);
        Assert.True(reader.Leaves.Count >= 3);
        var searcher = new IndexSearcher(reader);
        var criteria = new MatchCollector.Criteria("announcement", IndexSchema.VisibleKeyLimit(Noon), null, true, 7, null, null, true);

        foreach (var query in new Query[] { new MatchAllDocsQuery(), SearchQueryParser.Parse("钢铁").Match! })
        {
            var one = SegmentSearch.Collect(searcher, query, criteria, everyMatch: false);
            var sliced = SegmentSearch.Collect(searcher, query, criteria, everyMatch: true, cores: 3, parallelFrom: 0, pieceDocs: 9);

            Assert.True(one.Total > 100);
            Assert.Equal(one.Total, sliced.Total);
            Assert.Equal(one.NextHiddenKey, sliced.NextHiddenKey);
            Assert.Equal(one.Page(), sliced.Page());
            Assert.Equal(one.YearCounts(), sliced.YearCounts());
            for (var f = 0; f < IndexSchema.Facets.Length; f++)
            {
                Assert.Equal(one.Facet(f).OrderBy(x => x.Key), sliced.Facet(f).OrderBy(x => x.Key));
            }
        }
    }

    [Fact]
    public void The_pieces_cover_each_document_a_question_can_match_once_the_largest_first()
    {
        // Two segments of steel works and one where the question matches nothing (as the register's documents are for
        // a phrase): that one is no piece at all.
        using var reader = IndexOf(
            [.. Enumerable.Range(1, 40).Select(i => Document(i, "violation", "/220000/", Noon, "钢铁企业"))],
            [.. Enumerable.Range(101, 25).Select(i => Document(i, "violation", "/220000/", Noon, "钢铁企业"))],
            [.. Enumerable.Range(201, 80).Select(i => Document(i, "violation", "/220000/", Noon, "水泥粉磨"))]);
        var steel = SearchQueryParser.Parse("钢铁").Match!;
        Assert.Equal(3, reader.Leaves.Count);

        var pieces = SegmentSearch.Pieces(reader.Leaves, steel, 16);

        Assert.Equal([16, 16, 16, 9, 8], pieces.Select(p => p.To - p.From));
        var covered = pieces.SelectMany(p => Enumerable.Range(p.From, p.To - p.From).Select(doc => p.Leaf.DocBase + doc)).Order();
        Assert.Equal(Enumerable.Range(0, 65), covered);
    }

    [Fact]
    public void Only_a_question_that_can_match_many_documents_is_worth_slicing()
    {
        using var reader = IndexOf([.. Enumerable.Range(1, 30).Select(i => Document(i, i <= 10 ? "violation" : "yellow", "/220000/", Noon, i <= 3 ? "水泥粉磨" : "钢铁企业"))]);
        var list = new TermQuery(new Term(IndexSchema.List, "violation"));

        Assert.Equal(3, SegmentSearch.AtMost(reader, SearchQueryParser.Parse("水泥粉磨").Match!));
        Assert.Equal(10, SegmentSearch.AtMost(reader, list));
        Assert.Equal(3, SegmentSearch.AtMost(reader, new BooleanQuery { { SearchQueryParser.Parse("水泥").Match!, Occur.MUST }, { list, Occur.MUST } }));
        Assert.Equal(30, SegmentSearch.AtMost(reader, new MatchAllDocsQuery()));
    }

    [Fact]
    public void A_publication_scheduled_for_later_is_neither_counted_nor_shown_until_its_time()
    {
        using var reader = IndexOf([Document(1, "yellow", "/220000/", Noon), Document(2, "yellow", "/220000/", Noon.AddHours(2))]);
        var before = Collect(reader, new MatchAllDocsQuery(), now: Noon.AddHours(1));
        Assert.Equal(1, before.Total);
        Assert.Equal(IndexSchema.KeyOf(Noon.AddHours(2), 2), before.NextHiddenKey);
        Assert.Equal(2, Collect(reader, new MatchAllDocsQuery(), now: Noon.AddHours(2)).Total);
    }
}
