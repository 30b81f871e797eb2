using Portal.Modules.Core.Enterprises;

namespace Portal.Modules.Core.Tests.Enterprises;

public class CreditCodeTests
{
    [Theory]
    [InlineData("91220102MA0Y7K2L5T")]
    [InlineData("91220302MA17H4QD07")]
    [InlineData("91533401MA6N3R8P48")]
    public void The_synthetic_examples_of_the_reference_pass(string code)
    {
        Assert.True(CreditCode.Check(code).IsValid);
    }

    [Fact]
    public void A_wrong_check_character_says_which_one_was_expected()
    {
        var check = CreditCode.Check("91220102MA0Y7K2L5X");
        Assert.False(check.IsValid);
        Assert.Equal('T', check.ExpectedCheckCharacter);
        Assert.Contains("“T”", check.Problem);
    }

    [Fact]
    public void Lower_case_and_full_width_input_is_normalised()
    {
        Assert.True(CreditCode.Check("９１２２０１０２ma0y7k2l5t").IsValid);
    }

    [Fact]
    public void Letters_are_allowed_in_the_first_two_positions()
    {
        var first17 = "Y1220102MA0Y7K2L5";
        Assert.True(CreditCode.Check(first17 + CreditCode.CheckCharacterFor(first17)).IsValid);
    }

    [Theory]
    [InlineData("91220102MA0Y7K2L5", "17 位")]
    [InlineData("91220102MA0Y7K2LOT", "第 17 位")]
    [InlineData("912201A2MA0Y7K2L5T", "第 3–8 位")]
    public void Malformed_codes_are_refused_with_the_reason(string code, string reason)
    {
        var check = CreditCode.Check(code);
        Assert.False(check.IsValid);
        Assert.Null(check.ExpectedCheckCharacter);
        Assert.Contains(reason, check.Problem);
    }

    [Fact]
    public void Every_single_character_change_of_a_valid_code_is_caught()
    {
        const string valid = "91220302MA17H4QD07";
        for (var position = 0; position < 17; position++)
        {
            foreach (var c in CreditCode.Alphabet.Where(c => c != valid[position] && (position is < 2 or > 7 || char.IsAsciiDigit(c))))
            {
                var changed = valid[..position] + c + valid[(position + 1)..];
                Assert.False(CreditCode.IsValid(changed), changed);
            }
        }
    }
}

public class CreditCodeCorrectionTests
{
    private static readonly string Valid = "91220300MA0Y6AGM0" + CreditCode.CheckCharacterFor("91220300MA0Y6AGM0");

    [Fact]
    public void A_wrong_check_character_is_corrected_first()
    {
        var valid = Valid;
        var typo = valid[..17] + (valid[17] == 'A' ? 'B' : 'A');
        var first = CreditCode.SingleCharacterCorrections(typo)[0];
        Assert.Equal(valid, first.CreditCode);
        Assert.Equal(18, first.Position);
    }

    [Fact]
    public void Every_suggestion_is_valid_and_one_character_away()
    {
        var typo = Valid[..16] + (Valid[16] == '1' ? '2' : '1') + Valid[17];
        var corrections = CreditCode.SingleCharacterCorrections(typo);
        Assert.NotEmpty(corrections);
        Assert.All(corrections, c =>
        {
            Assert.True(CreditCode.IsValid(c.CreditCode));
            Assert.Equal(1, c.CreditCode.Zip(typo).Count(p => p.First != p.Second));
            Assert.Equal(c.Correction, c.CreditCode[c.Position - 1]);
        });
        Assert.Contains(corrections, c => c.Position == 17);
    }

    [Fact]
    public void A_valid_code_needs_no_correction()
    {
        Assert.Empty(CreditCode.SingleCharacterCorrections(Valid));
    }
}
