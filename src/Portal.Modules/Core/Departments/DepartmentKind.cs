using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Departments;

/// <summary>A kind of department (工信, 生态环境, …), identified by its docs/api.md wire value; more may be added as data.</summary>
public sealed class DepartmentKind
{
    public required string Code { get; set; }
    public required string ShortName { get; set; }
    public required string ProvinceSuffix { get; set; }
    public required string CitySuffix { get; set; }
    public required string CountySuffix { get; set; }
    public int SortOrder { get; set; }

    public string SuffixAt(RegionLevel level) => level switch
    {
        RegionLevel.Province => ProvinceSuffix,
        RegionLevel.City => CitySuffix,
        _ => CountySuffix,
    };
}

/// <summary>The wire values of docs/api.md's department kinds.</summary>
public static class DepartmentKinds
{
    public const string Industry = "industry";
    public const string Development = "development";
    public const string Energy = "energy";
    public const string Environment = "environment";
    public const string Market = "market";
    public const string Emergency = "emergency";
    public const string NaturalResources = "natural-resources";
    public const string Government = "government";
}

/// <summary>A department at one region: who is responsible where (region × kind), e.g. 四平市铁东区生态环境局.</summary>
public sealed class DepartmentUnit
{
    public int Id { get; set; }
    public required string RegionCode { get; set; }
    public required string KindCode { get; set; }
    public required string Name { get; set; }
}
