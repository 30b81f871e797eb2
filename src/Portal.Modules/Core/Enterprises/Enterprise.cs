using Portal.Modules.Core.Search;

namespace Portal.Modules.Core.Enterprises;

public enum EnterpriseSize
{
    AboveScale = 1,
    BelowScale = 2,
}

public enum EnterpriseState
{
    Operating = 1,
    Stopped = 2,
    Closed = 3,
}

/// <summary>Who owns it: state-owned and foreign-owned exits need extra procedures (000_6ff842427b64bf71.txt).</summary>
public enum Ownership
{
    Private = 1,
    StateOwned = 2,
    ForeignOwned = 3,
    Collective = 4,
}

/// <summary>A registered enterprise: on the lists through its announcements, and findable by name, code and place.</summary>
public sealed class Enterprise : ISearchable
{
    public const string SearchKindName = "enterprise";

    IEnumerable<SearchKey> ISearchable.SearchKeys => [new(SearchKindName, Id)];

    public int Id { get; set; }
    public required string CreditCode { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    public required string RegionCode { get; set; }
    public required string IndustryCode { get; set; }
    public EnterpriseSize Size { get; set; } = EnterpriseSize.AboveScale;
    public EnterpriseState State { get; set; } = EnterpriseState.Operating;
    public Ownership Ownership { get; set; } = Ownership.Private;
    public List<Equipment> Equipment { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A piece of equipment or a production line, with its capacity in its own unit (e.g. 万吨/年).</summary>
public sealed class Equipment
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Name { get; set; }
    public string? Model { get; set; }
    public int Quantity { get; set; }
    public decimal Capacity { get; set; }
    public required string CapacityUnit { get; set; }
    public int SortOrder { get; set; }
}
