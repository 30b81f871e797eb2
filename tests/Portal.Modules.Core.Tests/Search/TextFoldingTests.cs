using Portal.Modules.Core.Search;

namespace Portal.Modules.Core.Tests.Search;

public class TextFoldingTests
{
    [Fact]
    public void Full_width_letters_digits_and_punctuation_fold_to_lower_case_half_width_and_chinese_stops_and_brackets_stay()
    {
        Assert.Equal("q235b 钢材,年产12.5万吨。《标准》", TextFolding.Fold("Ｑ２３５Ｂ　钢材，年产１２.５万吨。《标准》"));
    }

    [Fact]
    public void Compatibility_characters_fold_to_what_they_stand_for_however_often_they_occur()
    {
        Assert.Equal("〒 〒 kg kg", TextFolding.Fold("〶 〶 ㎏ ㎏"));
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character_instead_of_an_error()
    {
        Assert.Equal("钢\uFFFD铁", TextFolding.Fold("钢\uD800铁"));
        Assert.Equal("\uFFFD", TextFolding.Fold("\uDC00"));
    }
}
