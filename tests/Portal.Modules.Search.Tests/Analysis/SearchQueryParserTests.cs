using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Tests.Analysis;

public class SearchQueryParserTests
{
    [Fact]
    public void Terms_separated_by_spaces_must_all_match()
    {
        Assert.Equal("grams : \"钢铁\" AND grams : \"四平 平市\"", SearchQueryParser.Parse("钢铁　四平市").Match);
    }

    [Fact]
    public void A_longer_term_is_the_phrase_of_its_bigrams()
    {
        Assert.Equal("grams : \"钢铁 铁企 企业\"", SearchQueryParser.Parse("钢铁企业").Match);
    }

    [Fact]
    public void One_character_looks_in_the_unigram_column()
    {
        Assert.Equal("chars : \"钢\"", SearchQueryParser.Parse("钢").Match);
    }

    [Fact]
    public void Quoted_text_stays_one_phrase()
    {
        Assert.Equal(["Q235 钢材", "水泥"], SearchQueryParser.Terms("“Q235 钢材” 水泥"));
        Assert.Equal("(grams : \"q235 钢材\" OR exact : \"q235钢材\") AND grams : \"水泥\"", SearchQueryParser.Parse("\"Q235 钢材\" 水泥").Match);
    }

    [Fact]
    public void A_term_with_digits_may_also_be_a_document_number()
    {
        Assert.Equal("(grams : \"吉工 工信 2025 12 号\" OR exact : \"吉工信202512号\")", SearchQueryParser.Parse("吉工信〔2025〕12号").Match);
    }

    [Fact]
    public void Fts5_syntax_typed_by_a_visitor_is_only_text()
    {
        var match = SearchQueryParser.Parse("水泥 OR NEAR(\"钢 * ^").Match!;
        Assert.Equal("grams : \"水泥\" AND grams : \"or\" AND grams : \"near\" AND chars : \"钢\"", match);
    }

    [Fact]
    public void Nothing_searchable_gives_no_match_expression()
    {
        Assert.Null(SearchQueryParser.Parse("！？。 …").Match);
    }
}
