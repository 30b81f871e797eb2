using System.Text.Json;

namespace Portal.Modules.Core.Data;

/// <summary>Adds an audit entry to the caller's unit of work, so it commits with the change it describes.</summary>
public sealed class Audit(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Record(string actor, string action, string subjectType, string subjectId, object? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Details = details is null ? null : JsonSerializer.Serialize(details, Json),
        });
}
