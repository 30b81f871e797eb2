namespace Portal.Modules.Core.Data;

/// <summary>One audit entry as a person reads it: the action's name and each field as label, before, after.</summary>
/// <param name="Action">The stored action (<c>announcement.edit</c>), for programs.</param>
public sealed record ReadableAuditLine(DateTime At, string Actor, string Action, string ActionName, IReadOnlyList<ReadableChange> Changes);

/// <param name="Before">The value before, or null where the entry only says what the value became.</param>
public sealed record ReadableChange(string Label, string? Before, string? After);
