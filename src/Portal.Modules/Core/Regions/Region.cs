namespace Portal.Modules.Core.Regions;

public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
}

/// <summary>A GB/T 2260 administrative division (or a development zone beside the counties).</summary>
public sealed class Region
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public RegionLevel Level { get; set; }
    public string? ParentCode { get; set; }

    /// <summary>Codes from the province down, as "/220000/220300/220303/", so a subtree is one prefix match.</summary>
    public required string Path { get; set; }
}
