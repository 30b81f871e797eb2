using Lucene.Net.Analysis.TokenAttributes;
using Portal.Modules.Core.Search;
using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Tests.Analysis;

public class ChineseAnalyzerTests
{
    private static List<string> Tokens(string field, string text)
    {
        using var analyzer = new GramAnalyzer();
        return Positioned(analyzer, field, text).Select(t => t.Text).ToList();
    }

    /// <summary>The tokens as the index receives them, each at its position (the sum of the increments).</summary>
    private static List<(string Text, int Position)> Positioned(GramAnalyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<(string, int)>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString() == ChineseAnalyzer.Boundary ? "|" : term.ToString(), position));
        }
        stream.End();
        return tokens;
    }

    [Fact]
    public void Han_runs_become_overlapping_bigrams_and_every_character_a_unigram()
    {
        Assert.Equal(["四平", "平市", "市钢", "钢铁", "铁厂"], Tokens("grams", "四平市钢铁厂"));
        Assert.Equal(["四", "平", "市", "钢", "铁", "厂"], Tokens(GramAnalyzer.CharsField, "四平市钢铁厂"));
    }

    [Fact]
    public void A_character_is_indexed_once_per_text_however_often_it_occurs()
    {
        Assert.Equal(["钢", "铁", "厂"], Tokens(GramAnalyzer.CharsField, "钢铁厂钢铁厂"));
    }

    [Fact]
    public void Punctuation_and_script_changes_break_runs_and_latin_words_are_lower_cased()
    {
        Assert.Equal(["q235b", "|", "钢材", "|", "年产", "|", "12", "|", "5", "|", "万吨"], Tokens("grams", "Q235B钢材，年产 12.5 万吨"));
    }

    [Fact]
    public void Full_width_letters_and_digits_fold_to_half_width()
    {
        Assert.Equal(Tokens("grams", "Q235B 钢材"), Tokens("grams", "Ｑ２３５Ｂ　钢材"));
    }

    [Fact]
    public void A_lone_han_character_stays_itself_in_the_gram_sequence()
    {
        Assert.Equal(["钢", "|", "q195"], Tokens("grams", "钢 Q195"));
    }

    [Fact]
    public void Runs_are_three_positions_apart_with_a_boundary_so_two_bigrams_two_positions_apart_are_always_of_one_run()
    {
        var boundary = ChineseAnalyzer.Boundary;
        Assert.Equal([new ChineseAnalyzer.Token("超过", 0), new(boundary, 1), new("q", 3), new(boundary, 4), new("国家", 6), new("家限", 7)],
            ChineseAnalyzer.Tokens(TextFolding.Fold("超过q国家限")));
    }

    [Fact]
    public void The_index_receives_each_token_at_the_position_a_phrase_query_expects_it()
    {
        using var analyzer = new GramAnalyzer();
        Assert.Equal([("超过", 0), ("|", 1), ("q", 3), ("|", 4), ("国家", 6), ("家限", 7)], Positioned(analyzer, "grams", "超过q国家限"));
    }

    [Fact]
    public void One_analyzer_reads_a_short_text_after_a_long_one_without_keeping_anything_of_the_first()
    {
        using var analyzer = new GramAnalyzer();
        Positioned(analyzer, "grams", "吉林省四平市某某钢铁有限公司年产 Q235B 钢材 12.5 万吨，超过国家限额标准");
        Positioned(analyzer, GramAnalyzer.CharsField, "吉林省四平市某某钢铁有限公司");

        Assert.Equal([("钢铁", 0)], Positioned(analyzer, "grams", "钢铁"));
        Assert.Equal([("钢", 0), ("铁", 1)], Positioned(analyzer, GramAnalyzer.CharsField, "钢铁钢"));
    }

    [Fact]
    public void A_document_number_is_one_exact_token_whatever_its_brackets()
    {
        Assert.Equal(ChineseAnalyzer.ExactToken("吉工信罚〔2025〕12号"), ChineseAnalyzer.ExactToken("吉工信罚[2025]12号"));
        Assert.Equal("吉工信罚202512号", ChineseAnalyzer.ExactToken("吉工信罚〔2025〕12号"));
    }
}
