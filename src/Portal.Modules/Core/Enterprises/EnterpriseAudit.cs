using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Enterprises;

/// <summary>
/// An enterprise's changes as the audit keeps them (each changed field as [before, after], stored values) and as people
/// read them: Chinese labels, region and industry names, equipment as lines.
/// </summary>
public static class EnterpriseAudit
{
    public const string Create = "enterprise.create";
    public const string Update = "enterprise.update";

    private static readonly (string Field, string Label)[] Fields =
    [
        ("name", CoreText.EnterpriseName), ("address", CoreText.EnterpriseAddress), ("regionCode", CoreText.EnterpriseRegion),
        ("industry", CoreText.IndustryLabel), ("size", CoreText.EnterpriseSize), ("state", CoreText.EnterpriseState),
        ("ownership", CoreText.EnterpriseOwnership), ("equipment", CoreText.EnterpriseEquipment),
    ];

    /// <summary>The fields as stored: wire values, equipment as one line per piece.</summary>
    public static Dictionary<string, string?> Snapshot(Enterprise e) => new()
    {
        ["name"] = e.Name,
        ["address"] = e.Address,
        ["regionCode"] = e.RegionCode,
        ["industry"] = e.IndustryCode,
        ["size"] = WireValue.Of(e.Size),
        ["state"] = WireValue.Of(e.State),
        ["ownership"] = WireValue.Of(e.Ownership),
        ["equipment"] = string.Join("\n", e.Equipment.OrderBy(q => q.SortOrder).Select(EquipmentLine)),
    };

    /// <summary>What a new enterprise was registered with, or each field an update changed as [before, after].</summary>
    public static object Details(Dictionary<string, string?>? before, Dictionary<string, string?> after) =>
        before is null
            ? after
            : after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).ToDictionary(f => f.Key, f => (object)new[] { before.GetValueOrDefault(f.Key), f.Value });

    public static string EquipmentLine(Equipment q) =>
        $"{q.Name}{(q.Model is null ? "" : " " + q.Model)} ×{q.Quantity}，{q.Capacity.ToString("0.####", CultureInfo.InvariantCulture)} {q.CapacityUnit}";

    public static async Task<IReadOnlyList<ReadableAuditLine>> OfAsync(PortalDbContext db, string creditCode, RegionTree regions,
        IReadOnlyDictionary<string, string> industries, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == nameof(Enterprise) && e.SubjectId == creditCode)
            .OrderByDescending(e => e.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(e => Read(e, regions, industries))];
    }

    private static ReadableAuditLine Read(AuditEntry entry, RegionTree regions, IReadOnlyDictionary<string, string> industries)
    {
        var changes = new List<ReadableChange>();
        if (!string.IsNullOrWhiteSpace(entry.Details))
        {
            using var json = JsonDocument.Parse(entry.Details);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var (field, label) in Fields)
                {
                    if (!json.RootElement.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2 && value[0].ValueKind is JsonValueKind.String or JsonValueKind.Null
                        && value[1].ValueKind is JsonValueKind.String or JsonValueKind.Null)
                    {
                        changes.Add(new ReadableChange(label, Show(field, value[0], regions, industries) ?? CoreText.AuditEmpty, Show(field, value[1], regions, industries)));
                    }
                    else if (Show(field, value, regions, industries) is { Length: > 0 } shown)
                    {
                        changes.Add(new ReadableChange(label, null, shown));
                    }
                }
            }
        }
        var name = entry.Action == Create ? CoreText.AuditEnterpriseCreate : entry.Action == Update ? CoreText.AuditEnterpriseUpdate : entry.Action;
        return new ReadableAuditLine(entry.At, entry.Actor, entry.Action, name, changes);
    }

    private static string? Show(string field, JsonElement value, RegionTree regions, IReadOnlyDictionary<string, string> industries)
    {
        // Entries written before the snapshot kept the command itself: equipment as an array of rows.
        if (value.ValueKind == JsonValueKind.Array)
        {
            return string.Join("\n", value.EnumerateArray().Where(q => q.ValueKind == JsonValueKind.Object).Select(q =>
                EquipmentLine(new Equipment
                {
                    Name = Text(q, "name") ?? "", Model = Text(q, "model"), CapacityUnit = Text(q, "capacityUnit") ?? "",
                    Quantity = q.TryGetProperty("quantity", out var n) && n.TryGetInt32(out var count) ? count : 0,
                    Capacity = q.TryGetProperty("capacity", out var c) && c.TryGetDecimal(out var capacity) ? capacity : 0,
                })));
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return value.ToString();
        }
        var text = value.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return field switch
        {
            "regionCode" => regions.Find(text) is null ? text : $"{regions.QualifiedName(text)}（{text}）",
            "industry" => industries.GetValueOrDefault(text, text),
            "size" => WireValue.TryParse<EnterpriseSize>(text, out var size) ? CoreText.SizeName(size) : text,
            "state" => WireValue.TryParse<EnterpriseState>(text, out var state) ? CoreText.StateName(state) : text,
            "ownership" => WireValue.TryParse<Ownership>(text, out var ownership) ? CoreText.OwnershipName(ownership) : text,
            _ => text,
        };
    }

    private static string? Text(JsonElement row, string name) => row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
