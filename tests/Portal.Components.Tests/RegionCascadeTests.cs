using Portal.Modules.Core.Components;
using Portal.Modules.Core.Regions;

namespace Portal.Components.Tests;

public class RegionCascadeTests : BunitContext
{
    private static readonly RegionTree Tree = new(
    [
        new Region { Code = "220000", Name = "吉林省", Level = RegionLevel.Province, Path = "220000" },
        new Region { Code = "220100", Name = "长春市", Level = RegionLevel.City, ParentCode = "220000", Path = "220000/220100" },
        new Region { Code = "220102", Name = "南关区", Level = RegionLevel.County, ParentCode = "220100", Path = "220000/220100/220102" },
        new Region { Code = "220300", Name = "四平市", Level = RegionLevel.City, ParentCode = "220000", Path = "220000/220300" },
        new Region { Code = "220322", Name = "梨树县", Level = RegionLevel.County, ParentCode = "220300", Path = "220000/220300/220322" },
    ]);

    [Fact]
    public void A_city_offers_itself_and_its_counties_indented_beneath_with_the_chosen_one_selected()
    {
        var cut = Render<RegionCascade>(p => p.Add(c => c.Tree, Tree).Add(c => c.RootCode, "220300").Add(c => c.Value, "220322"));
        var options = cut.FindAll("#f-regionCode option").Skip(1).ToList();
        Assert.Equal(["220300", "220322"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal("　梨树县", options[1].TextContent);
        Assert.Equal("吉林省四平市梨树县", options[1].GetAttribute("title"));
        Assert.True(options[1].HasAttribute("selected"));
        Assert.Equal("所在地区", cut.Find("label[for=f-regionCode]").TextContent);
    }

    [Fact]
    public void Without_a_root_every_region_is_offered_in_tree_order()
    {
        var cut = Render<RegionCascade>(p => p.Add(c => c.Tree, Tree));
        Assert.Equal(["220000", "220100", "220102", "220300", "220322"], cut.FindAll("option").Skip(1).Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void A_refused_choice_is_marked_and_its_problem_read_out()
    {
        var errors = new Dictionary<string, string[]> { ["regionCode"] = ["请填写行政区划代码。"] };
        var cut = Render<RegionCascade>(p => p.Add(c => c.Tree, Tree).Add(c => c.Errors, errors));
        Assert.Equal("true", cut.Find("select").GetAttribute("aria-invalid"));
        Assert.Equal("e-regionCode", cut.Find("select").GetAttribute("aria-describedby"));
        Assert.Equal("请填写行政区划代码。", cut.Find("#e-regionCode").TextContent.Trim());
    }
}
