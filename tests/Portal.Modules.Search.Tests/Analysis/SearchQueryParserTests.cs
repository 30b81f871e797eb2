using Lucene.Net.Search;
using Portal.Modules.Search.Analysis;
using Portal.Modules.Search.Querying;

namespace Portal.Modules.Search.Tests.Analysis;

public class SearchQueryParserTests
{
    /// <summary>The query as text, a phrase's terms with their positions (Lucene would print a "?" per skipped position).</summary>
    private static string? Query(string text) => SearchQueryParser.Parse(text).Match is { } query ? Describe(query) : null;

    private static string Describe(Query query) => query switch
    {
        ExactPhrase phrase => $"{phrase.Field}:\"{string.Join(' ', phrase.Terms.Zip(phrase.Positions, (t, p) => $"{(t.Text == ChineseAnalyzer.Boundary ? "|" : t.Text)}@{p}"))}\"",
        BooleanQuery boolean => string.Join(' ', boolean.Clauses.Select(c => (c.Occur == Occur.MUST ? "+" : "") + (c.Query is BooleanQuery ? $"({Describe(c.Query)})" : Describe(c.Query)))),
        _ => query.ToString(),
    };

    [Fact]
    public void Terms_separated_by_spaces_must_all_match()
    {
        Assert.Equal("+grams:钢铁 +grams:\"四平@0 平市@1\"", Query("钢铁　四平市"));
    }

    [Fact]
    public void A_longer_term_is_the_phrase_of_its_bigrams_not_any_of_them()
    {
        Assert.Equal("grams:整改", Query("整改"));
        Assert.Equal("grams:\"钢铁@0 铁企@1\"", Query("钢铁企"));
    }

    [Fact]
    public void A_long_term_is_matched_by_every_other_bigram_and_its_last_which_cover_every_character_in_place()
    {
        Assert.Equal("grams:\"钢铁@0 企业@2\"", Query("钢铁企业"));
        Assert.Equal("grams:\"超过@0 国家@2 限额@4 标准@6\"", Query("超过国家限额标准"));
        Assert.Equal("grams:\"超过@0 国家@2 限额@4 额标@5\"", Query("超过国家限额标"));
    }

    [Fact]
    public void One_character_looks_in_the_unigram_field()
    {
        Assert.Equal("chars:钢", Query("钢"));
    }

    [Fact]
    public void Quoted_text_stays_one_phrase()
    {
        Assert.Equal(["Q235 钢材", "水泥"], SearchQueryParser.Terms("“Q235 钢材” 水泥"));
        Assert.Equal("+(grams:\"q235@0 |@1 钢材@3\" exact:q235钢材) +grams:水泥", Query("\"Q235 钢材\" 水泥"));
    }

    [Fact]
    public void A_term_with_digits_may_also_be_a_document_number()
    {
        Assert.Equal("grams:\"吉工@0 工信@1 |@2 2025@4 |@5 12@7 |@8 号@10\" exact:吉工信202512号", Query("吉工信〔2025〕12号"));
    }

    [Fact]
    public void Query_syntax_typed_by_a_visitor_is_only_text()
    {
        Assert.Equal("+grams:水泥 +grams:or +grams:near +chars:钢", Query("水泥 OR NEAR(\"钢 * ^"));
        Assert.Equal("grams:\"title@0 |@1 钢铁@3\"", Query("title:钢铁"));
    }

    [Fact]
    public void Nothing_searchable_gives_no_query()
    {
        Assert.Null(Query("！？。 …"));
    }
}
