using Portal.Modules.Core.Common;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Tests.Common;

public class WireValueTests
{
    public enum Exit
    {
        Dismantled,
        NaturalResources,
        ForcedExit,
    }

    [Fact]
    public void Every_member_travels_in_kebab_case_and_comes_back_as_itself()
    {
        Assert.Equal("natural-resources", WireValue.Of(Exit.NaturalResources));
        foreach (var member in Enum.GetValues<RegionLevel>())
        {
            Assert.True(WireValue.TryParse<RegionLevel>(WireValue.Of(member), out var back));
            Assert.Equal(member, back);
        }
    }

    [Theory]
    [InlineData(" forced-exit ", Exit.ForcedExit)]
    [InlineData("dismantled", Exit.Dismantled)]
    public void A_wire_value_is_read_with_the_spaces_around_it_trimmed(string wire, Exit expected)
    {
        Assert.True(WireValue.TryParse<Exit>(wire, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ForcedExit")]
    [InlineData("forced_exit")]
    [InlineData("FORCED-EXIT")]
    [InlineData("1")]
    public void Anything_but_a_members_wire_value_is_not_read(string? wire)
    {
        Assert.False(WireValue.TryParse<Exit>(wire, out _));
    }

    [Fact]
    public void A_value_no_member_names_is_still_written()
    {
        Assert.Equal("7", WireValue.Of((Exit)7));
    }
}
