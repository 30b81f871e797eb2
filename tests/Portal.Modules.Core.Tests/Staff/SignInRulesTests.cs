using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Tests.Staff;

public class SignInRulesTests
{
    [Theory]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(5, 15)]
    [InlineData(6, 30)]
    [InlineData(8, 120)]
    [InlineData(10, 480)]
    [InlineData(11, 900)]
    [InlineData(40, 900)]
    public void An_account_is_held_for_a_short_delay_that_doubles_and_never_exceeds_fifteen_minutes(int failures, int? seconds) =>
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), PasswordCheck.DelayAfter(failures));

    [Fact]
    public void An_authenticator_code_follows_RFC_6238()
    {
        // RFC 6238 appendix B, SHA-1, with the six low digits of its eight-digit values.
        var key = "12345678901234567890"u8.ToArray();
        Assert.Equal(287082, SingleUseAuthenticator.Code(key, 59 / 30));
        Assert.Equal(81804, SingleUseAuthenticator.Code(key, 1111111109 / 30));
        Assert.Equal(279037, SingleUseAuthenticator.Code(key, 2000000000 / 30));
    }

    [Theory]
    [InlineData("JBSW Y3DP EHPK 3PXP", "JBSWY3DPEHPK3PXP")]
    [InlineData("jbswy3dpehpk3pxp====", "JBSWY3DPEHPK3PXP")]
    [InlineData("JBSWY3DP", null)]
    [InlineData("JBSWY3DPEHPK3PX0", null)]
    [InlineData("", null)]
    public void An_authenticator_key_is_Base32_of_at_least_sixteen_characters(string given, string? stored) =>
        Assert.Equal(stored, AuthenticatorKeys.Normalize(given));
}
