using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Staff;

/// <summary>An account's history as the administrator reads it: what was done, by whom, and each change before → after.</summary>
public static class StaffAudit
{
    public static async Task<IReadOnlyList<ReadableAuditLine>> OfAsync(PortalDbContext db, string userId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == nameof(StaffUser) && e.SubjectId == userId)
            .OrderByDescending(e => e.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        var units = await db.DepartmentUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return [.. entries.Select(e => new ReadableAuditLine(e.At, e.Actor, e.Action, ActionName(e.Action), Changes(e, units)))];
    }

    private static List<ReadableChange> Changes(AuditEntry entry, IReadOnlyDictionary<int, string> units)
    {
        var changes = new List<ReadableChange>();
        if (string.IsNullOrWhiteSpace(entry.Details))
        {
            return changes;
        }
        using var json = JsonDocument.Parse(entry.Details);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return changes;
        }
        if (root.TryGetProperty("before", out var before) && root.TryGetProperty("after", out var after))
        {
            Add(changes, CoreText.Email, Text(before, "email"), Text(after, "email"));
            Add(changes, CoreText.Role, Roles(before), Roles(after));
            Add(changes, CoreText.BackOfficeUnit, Unit(before, units), Unit(after, units));
        }
        else
        {
            if (Text(root, "role") is { } role)
            {
                changes.Add(new ReadableChange(CoreText.Role, null, CoreText.RoleName(role)));
            }
            if (Text(root, "unit") is { } unit)
            {
                changes.Add(new ReadableChange(CoreText.BackOfficeUnit, null, unit));
            }
        }
        return changes;
    }

    private static void Add(List<ReadableChange> changes, string label, string? before, string? after)
    {
        if (before != after)
        {
            changes.Add(new ReadableChange(label, before ?? CoreText.AuditEmpty, after));
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Roles(JsonElement element) =>
        element.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
            ? string.Join("、", roles.EnumerateArray().Select(r => CoreText.RoleName(r.GetString() ?? string.Empty)))
            : null;

    private static string? Unit(JsonElement element, IReadOnlyDictionary<int, string> units) =>
        Text(element, "unit") ?? (element.TryGetProperty("unitId", out var id) && id.TryGetInt32(out var unitId) ? units.GetValueOrDefault(unitId) : null);

    private static string ActionName(string action) => action switch
    {
        "staff.create" => CoreText.AuditStaffCreate,
        "staff.update" => CoreText.AuditStaffUpdate,
        "staff.enable" => CoreText.AuditStaffEnable,
        "staff.disable" => CoreText.AuditStaffDisable,
        "staff.unlock" => CoreText.AuditStaffUnlock,
        "staff.reset-two-factor" => CoreText.AuditStaffResetTwoFactor,
        "staff.password-reset-link" => CoreText.AuditStaffResetLink,
        "staff.password-reset" => CoreText.AuditStaffPasswordReset,
        "staff.change-password" => CoreText.AuditStaffChangePassword,
        _ => action,
    };
}
