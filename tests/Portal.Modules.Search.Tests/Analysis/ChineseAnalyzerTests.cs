using Portal.Modules.Search.Analysis;

namespace Portal.Modules.Search.Tests.Analysis;

public class ChineseAnalyzerTests
{
    [Fact]
    public void Han_runs_become_overlapping_bigrams_and_every_character_a_unigram()
    {
        var text = ChineseAnalyzer.ForIndex(["四平市钢铁厂"], []);
        Assert.Equal("四平 平市 市钢 钢铁 铁厂", text.Grams);
        Assert.Equal("四 平 市 钢 铁 厂", text.Chars);
    }

    [Fact]
    public void Punctuation_and_script_changes_break_runs_and_latin_words_are_lower_cased()
    {
        var text = ChineseAnalyzer.ForIndex(["Q235B钢材，年产 12.5 万吨"], []);
        Assert.Equal("q235b 钢材 年产 12 5 万吨", text.Grams);
    }

    [Fact]
    public void Full_width_letters_and_digits_fold_to_half_width()
    {
        Assert.Equal(ChineseAnalyzer.ForIndex(["Q235B 钢材"], []).Grams, ChineseAnalyzer.ForIndex(["Ｑ２３５Ｂ　钢材"], []).Grams);
    }

    [Fact]
    public void A_lone_han_character_stays_itself_in_the_gram_sequence()
    {
        Assert.Equal("钢 q195", ChineseAnalyzer.ForIndex(["钢 Q195"], []).Grams);
    }

    [Fact]
    public void A_document_number_is_one_exact_token_whatever_its_brackets()
    {
        Assert.Equal(ChineseAnalyzer.ExactToken("吉工信罚〔2025〕12号"), ChineseAnalyzer.ExactToken("吉工信罚[2025]12号"));
        Assert.Equal("吉工信罚202512号", ChineseAnalyzer.ForIndex([], ["吉工信罚〔2025〕12号"]).Exact);
    }
}
