using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Tests.Regions;

public class RegionTreeTests
{
    private static readonly PermissionCatalog Catalog = new([new Permissions()]);

    private static readonly RegionTree Tree = new(
    [
        new Region { Code = "220000", Name = "吉林省", Level = RegionLevel.Province, Path = "/220000/" },
        new Region { Code = "220300", Name = "四平市", Level = RegionLevel.City, ParentCode = "220000", Path = "/220000/220300/" },
        new Region { Code = "220303", Name = "铁东区", Level = RegionLevel.County, ParentCode = "220300", Path = "/220000/220300/220303/" },
        new Region { Code = "220322", Name = "梨树县", Level = RegionLevel.County, ParentCode = "220300", Path = "/220000/220300/220322/" },
        new Region { Code = "220100", Name = "长春市", Level = RegionLevel.City, ParentCode = "220000", Path = "/220000/220100/" },
    ]);

    [Fact]
    public void A_district_is_named_with_its_city_and_a_county_on_its_own()
    {
        Assert.Equal("四平市铁东区", Tree.QualifiedName("220303"));
        Assert.Equal("梨树县", Tree.QualifiedName("220322"));
    }

    [Fact]
    public void A_unit_is_named_as_it_signs_its_documents()
    {
        var environment = new DepartmentKind { Code = "environment", ShortName = "生态环境", ProvinceSuffix = "生态环境厅", CitySuffix = "生态环境局", CountySuffix = "生态环境局" };
        Assert.Equal("四平市铁东区生态环境局", UnitNaming.NameOf(environment, Tree.Find("220303")!, Tree));
        Assert.Equal("吉林省生态环境厅", UnitNaming.NameOf(environment, Tree.Find("220000")!, Tree));
    }

    [Fact]
    public void A_city_supervisor_oversees_its_counties_and_not_another_city()
    {
        var supervisor = new StaffContext("u1", "siping", [Roles.Supervisor], Catalog.HeldBy([Roles.Supervisor]), new DepartmentUnit { Id = 1, RegionCode = "220300", KindCode = "government", Name = "四平市人民政府" }, Tree);
        Assert.True(supervisor.Oversees("220300"));
        Assert.True(supervisor.Oversees("220303"));
        Assert.True(supervisor.Oversees("220322"));
        Assert.False(supervisor.Oversees("220100"));
        Assert.False(supervisor.Oversees("220000"));
        Assert.True(supervisor.Has(Permissions.Supervise));
        Assert.False(supervisor.Has(Permissions.ManageStaff));
    }

    [Fact]
    public void A_county_unit_oversees_only_its_own_county()
    {
        var editor = new StaffContext("u2", "tiedong", [Roles.Editor], Catalog.HeldBy([Roles.Editor]), new DepartmentUnit { Id = 2, RegionCode = "220303", KindCode = "environment", Name = "四平市铁东区生态环境局" }, Tree);
        Assert.True(editor.Oversees("220303"));
        Assert.False(editor.Oversees("220322"));
        Assert.False(editor.Oversees("220300"));
    }
}
