namespace Portal.Modules.Core.Data;

/// <summary>One change by a staff member, append-only: who, when, what, and the change itself as JSON.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string SubjectType { get; set; }
    public required string SubjectId { get; set; }
    public string? Details { get; set; }
}
