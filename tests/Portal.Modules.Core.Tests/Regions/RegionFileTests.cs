using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Tests.Regions;

public class RegionFileTests
{
    [Fact]
    public void A_national_list_of_code_and_name_gets_its_parents_from_the_codes()
    {
        const string national = """
            420000,湖北省
            420100,武汉市
            420102,江岸区
            429004,仙桃市
            """;
        var records = RegionFile.Parse(new StringReader(national)).ToDictionary(r => r.Code);
        Assert.Null(records["420000"].ParentCode);
        Assert.Equal("420000", records["420100"].ParentCode);
        Assert.Equal("420100", records["420102"].ParentCode);
        // A county-level city governed by the province directly has no city above it.
        Assert.Equal("420000", records["429004"].ParentCode);
        Assert.Equal(RegionLevel.County, records["429004"].Level);
    }

    [Fact]
    public void An_explicit_parent_wins_over_the_code()
    {
        var records = RegionFile.Parse(new StringReader("220000,吉林省\n220100,长春市\n220184,公主岭市,220100"));
        Assert.Equal("220100", records.Single(r => r.Code == "220184").ParentCode);
    }

    [Fact]
    public void The_shipped_list_covers_Jilin_to_county_level_Liaoning_cities_and_Diqing_counties()
    {
        using var stream = typeof(RegionFile).Assembly.GetManifestResourceStream("Portal.Modules.Core.Regions.Data.regions.csv")!;
        var records = RegionFile.Parse(stream);
        var tree = new RegionTree(records.Select(r => new Region { Code = r.Code, Name = r.Name, ParentCode = r.ParentCode, Level = r.Level, Path = r.Code }));
        Assert.Equal(9, tree.Children("220000").Count());
        Assert.Equal(["220302", "220303", "220322", "220323", "220382"], tree.Children("220300").Select(r => r.Code));
        Assert.Contains(tree.Children("220100"), r => r is { Code: "220184", Name: "公主岭市" });
        Assert.Equal(14, tree.Children("210000").Count());
        Assert.Equal(["533401", "533422", "533423"], tree.Children("533400").Select(r => r.Code));
        Assert.All(tree.Children("220000"), city => Assert.NotEmpty(tree.Children(city.Code)));
    }

    [Fact]
    public void A_malformed_line_is_refused_with_its_line_number()
    {
        var error = Assert.Throws<FormatException>(() => RegionFile.Parse(new StringReader("220000,吉林省\n2203,四平市")));
        Assert.Contains("第 2 行", error.Message);
    }
}
