using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Modules.Disclosure.Data;

/// <summary>
/// Whether a failed indicator's limit is a ceiling (emissions, energy per unit: measured must not exceed it)
/// or a floor (efficiency, strength: measured must reach it).
/// </summary>
public enum LimitKind
{
    Max,
    Min,
}

public sealed record Indicator(string Name, decimal Measured, decimal Limit, string Unit, LimitKind LimitKind = LimitKind.Max, string? Standard = null);

public sealed record EquipmentLine(string Name, string? Model, int Quantity, decimal Capacity, string CapacityUnit);

/// <summary>The list-specific content of an announcement (docs/domain.md, "What an inspection can find"), stored as JSON.</summary>
public sealed record AnnouncementBody
{
    public string? Summary { get; init; }
    public string? Violations { get; init; }
    public string? Basis { get; init; }
    public string? Requirements { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public IReadOnlyList<EquipmentLine> Equipment { get; init; } = [];
    public ExitMethod? ExitMethod { get; init; }
    public bool StopProductionImmediately { get; init; }
    public string? FailedItems { get; init; }
    public string? Unrectified { get; init; }
    public string? Completion { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public string? Products { get; init; }
    public string? InspectedItems { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AnnouncementBody FromJson(string json) => JsonSerializer.Deserialize<AnnouncementBody>(json, Json) ?? new AnnouncementBody();
}
