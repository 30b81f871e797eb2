using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An announcement's audit entries in Chinese: the action's name and each field's label with its value before → after,
/// instead of the stored action key and JSON (which the API still gives programs).
/// </summary>
public static class AnnouncementAudit
{
    /// <summary>An announcement's whole history, oldest first, stored and readable (the desk and the supervisor's view).</summary>
    public static async Task<IReadOnlyList<(AuditEntry Stored, ReadableAuditLine Readable)>> OfAsync(PortalDbContext db, Announcement announcement, CancellationToken cancellationToken)
    {
        var subject = OwnAnnouncement.IdOf(announcement);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == nameof(Announcement) && e.SubjectId == subject)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(e => (e, Read(e.At, e.Actor, e.Action, e.Details)))];
    }

    public static ReadableAuditLine Read(DateTime at, string actor, string action, string? details)
    {
        var changes = new List<ReadableChange>();
        if (!string.IsNullOrWhiteSpace(details))
        {
            using var json = JsonDocument.Parse(details);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                // An edit stores each changed field as [before, after]; a correction the same under "changes".
                Add(changes, json.RootElement, pairs: action == "announcement.edit");
            }
        }
        return new ReadableAuditLine(at, actor, action, ActionName(action), changes);
    }

    private static void Add(List<ReadableChange> changes, JsonElement fields, bool pairs)
    {
        foreach (var field in fields.EnumerateObject())
        {
            if (field.Name == "changes" && field.Value.ValueKind == JsonValueKind.Object)
            {
                Add(changes, field.Value, pairs: true);
            }
            else if (pairs && field.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2)
            {
                changes.Add(new ReadableChange(LabelOf(field.Name), TextOf(field.Name, pair[0]) ?? CoreText.AuditEmpty, TextOf(field.Name, pair[1])));
            }
            else if (TextOf(field.Name, field.Value) is { Length: > 0 } value)
            {
                changes.Add(new ReadableChange(LabelOf(field.Name), null, value));
            }
        }
    }

    private static string? TextOf(string field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => DisclosureText.AuditYes,
        JsonValueKind.False => DisclosureText.AuditNo,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null : string.Join("；", value.EnumerateArray().Select(item => TextOf(field, item)).Where(t => t is not null)),
        JsonValueKind.Object => string.Join(" ", value.EnumerateObject().Select(p => TextOf(p.Name, p.Value)).Where(t => !string.IsNullOrEmpty(t))),
        _ => StringOf(field, value.GetString()!),
    };

    private static string? StringOf(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return field switch
        {
            "list" => ListDefinitions.TryParse(value, out var list) ? list.Name : value,
            "stage" => WireValue.TryParse<AnnouncementStage>(value, out var stage) ? DisclosureText.StageName(stage) : value,
            "level" => WireValue.TryParse<RegionLevel>(value, out var level) ? DisclosureText.LevelName(level) : value,
            "dimension" => DisclosureText.DimensionName(value),
            "exitMethod" => WireValue.TryParse<ExitMethod>(value, out var method) ? DisclosureText.ExitMethodName(method) : value,
            _ when value.Length > 10 && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
                => ChinaTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["list"] = DisclosureText.FieldList,
        ["stage"] = DisclosureText.FieldStage,
        ["level"] = DisclosureText.FieldLevel,
        ["regionCode"] = DisclosureText.FieldRegion,
        ["department"] = DisclosureText.FieldDepartment,
        ["dimension"] = DisclosureText.FieldDimension,
        ["enterpriseCreditCode"] = DisclosureText.FieldEnterpriseCreditCode,
        ["inspectionCompletedOn"] = DisclosureText.FieldInspectionCompletedOn,
        ["publicationDueOn"] = DisclosureText.FieldPublicationDueOn,
        ["title"] = DisclosureText.FieldTitle,
        ["documentNumber"] = DisclosureText.FieldDocumentNumber,
        ["indexNumber"] = DisclosureText.FieldIndexNumber,
        ["writtenOn"] = DisclosureText.FieldWrittenOn,
        ["publishedOn"] = DisclosureText.FieldPublishedOn,
        ["noticeId"] = DisclosureText.FieldNotice,
        ["stopProductionImmediately"] = DisclosureText.FieldStopProduction,
        ["publishAt"] = DisclosureText.AuditPublishAt,
        ["reason"] = DisclosureText.AuditReason,
        ["comment"] = DisclosureText.ReviewComment,
        ["from"] = DisclosureText.AuditFrom,
        ["to"] = DisclosureText.AuditTo,
        ["version"] = DisclosureText.AuditVersion,
        ["name"] = DisclosureText.FieldIndicatorName,
        ["attachment"] = DisclosureText.AttachmentTitle,
        ["size"] = DisclosureText.AttachmentSize,
    };

    private static string LabelOf(string field) =>
        Labels.TryGetValue(field, out var label) ? label : ContentFields.TryParse(field, out var content) ? ContentFields.LabelOf(content) : field;

    private static string ActionName(string action) => action switch
    {
        "announcement.create" => DisclosureText.AuditCreate,
        "announcement.edit" => DisclosureText.AuditEdit,
        "announcement.submit" => DisclosureText.AuditSubmit,
        "announcement.return" => DisclosureText.AuditReturn,
        "announcement.approve" => DisclosureText.AuditApprove,
        "announcement.publish" => DisclosureText.AuditPublish,
        "announcement.correct" => DisclosureText.AuditCorrect,
        "announcement.withdraw" => DisclosureText.AuditWithdraw,
        "announcement.extend" => DisclosureText.AuditExtend,
        "announcement.delete" => DisclosureText.AuditDelete,
        "announcement.attach" => DisclosureText.AuditAttach,
        "announcement.detach" => DisclosureText.AuditDetach,
        _ => action,
    };
}
