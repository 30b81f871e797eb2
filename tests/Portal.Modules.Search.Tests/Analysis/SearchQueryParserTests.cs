using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Tests.Analysis;

public class SearchQueryParserTests
{
    private static string? Query(string text) => SearchQueryParser.Parse(text).Match?.ToString();

    [Fact]
    public void Terms_separated_by_spaces_must_all_match()
    {
        Assert.Equal("+grams:钢铁 +grams:\"四平 平市\"", Query("钢铁　四平市"));
    }

    [Fact]
    public void A_longer_term_is_the_phrase_of_its_bigrams_not_any_of_them()
    {
        Assert.Equal("grams:\"钢铁 铁企 企业\"", Query("钢铁企业"));
        Assert.Equal("grams:整改", Query("整改"));
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
        Assert.Equal("+(grams:\"q235 钢材\" exact:q235钢材) +grams:水泥", Query("\"Q235 钢材\" 水泥"));
    }

    [Fact]
    public void A_term_with_digits_may_also_be_a_document_number()
    {
        Assert.Equal("grams:\"吉工 工信 2025 12 号\" exact:吉工信202512号", Query("吉工信〔2025〕12号"));
    }

    [Fact]
    public void Query_syntax_typed_by_a_visitor_is_only_text()
    {
        Assert.Equal("+grams:水泥 +grams:or +grams:near +chars:钢", Query("水泥 OR NEAR(\"钢 * ^"));
        Assert.Equal("grams:\"title 钢铁\"", Query("title:钢铁"));
    }

    [Fact]
    public void Nothing_searchable_gives_no_query()
    {
        Assert.Null(Query("！？。 …"));
    }
}
