namespace Portal.Modules.Core.Industries;

/// <summary>An industry under the programme, with its lead department (牵头部门) kind.</summary>
public sealed class Industry
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string LeadDepartmentKind { get; set; }
    public int SortOrder { get; set; }
}
