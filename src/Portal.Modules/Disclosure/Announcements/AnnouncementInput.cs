using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Data;
namespace Portal.Modules.Disclosure.Announcements;

public sealed class IndicatorInput
{
    public string? Name { get; set; }
    public decimal? Measured { get; set; }
    public decimal? Limit { get; set; }
    public string? Unit { get; set; }
    public string? LimitKind { get; set; }
    public string? Standard { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && Measured is null && Limit is null && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Standard);
}

public sealed class EquipmentInput
{
    public string? Name { get; set; }
    public string? Model { get; set; }
    public int? Quantity { get; set; }
    public decimal? Capacity { get; set; }
    public string? CapacityUnit { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Model) && Quantity is null && Capacity is null && string.IsNullOrWhiteSpace(CapacityUnit);
}

/// <summary>
/// What an editor writes, from the API (JSON, docs/api.md's names) or the back-office form (the same names), for a
/// new draft, an edited draft or a correction. Everything is optional here so that every gap is reported as a
/// field error in Chinese rather than a binding failure.
/// </summary>
public class AnnouncementInput
{
    [WireValues(typeof(AnnouncementList))]
    public string? List { get; set; }
    [WireValues(typeof(AnnouncementStage))]
    public string? Stage { get; set; }
    [WireValues(typeof(Core.Regions.RegionLevel))]
    public string? Level { get; set; }
    public string? RegionCode { get; set; }
    public string? Department { get; set; }
    public string? Dimension { get; set; }
    public string? EnterpriseCreditCode { get; set; }
    public DateOnly? InspectionCompletedOn { get; set; }
    public string? Title { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public DateOnly? Deadline { get; set; }
    public int? NoticeId { get; set; }

    public string? Summary { get; set; }
    public string? Violations { get; set; }
    public string? Basis { get; set; }
    public string? Requirements { get; set; }
    public List<IndicatorInput>? Indicators { get; set; }
    public List<EquipmentInput>? Equipment { get; set; }
    [WireValues(typeof(ExitMethod))]
    public string? ExitMethod { get; set; }
    public bool? StopProductionImmediately { get; set; }
    public string? FailedItems { get; set; }
    public string? Unrectified { get; set; }
    public string? Completion { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Products { get; set; }
    public string? InspectedItems { get; set; }
}

/// <summary>A correction: the fields that change, and the reason the public will read.</summary>
public sealed class CorrectionInput : AnnouncementInput
{
    public string? Reason { get; set; }
}
