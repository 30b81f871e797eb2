using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

[Collection(PortalCollection.Name)]
public class RegionsApiTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task The_tree_carries_code_name_level_and_parent(string db)
    {
        using var client = portals[db].CreateClient();
        var regions = (await (await client.GetAsync("/api/v1/regions")).JsonAsync()).EnumerateArray().ToList();
        var tiedong = regions.Single(r => r.GetProperty("code").GetString() == "220303");
        Assert.Equal("铁东区", tiedong.GetProperty("name").GetString());
        Assert.Equal("county", tiedong.GetProperty("level").GetString());
        Assert.Equal("220300", tiedong.GetProperty("parentCode").GetString());
        var jilin = regions.Single(r => r.GetProperty("code").GetString() == "220000");
        Assert.Equal("province", jilin.GetProperty("level").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, jilin.GetProperty("parentCode").ValueKind);
        Assert.Equal(["220302", "220303", "220322", "220323", "220382"],
            regions.Where(r => r.GetProperty("parentCode").GetString() == "220300").Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("220100", regions.Single(r => r.GetProperty("code").GetString() == "220184").GetProperty("parentCode").GetString());
        Assert.Equal(3, regions.Count(r => r.GetProperty("parentCode").GetString() == "533400"));
    }
}
