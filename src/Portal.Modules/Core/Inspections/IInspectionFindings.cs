using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Inspections;

/// <summary>One thing an inspection found wrong, as the record says it: what, measured against which limit, by which standard.</summary>
/// <param name="Aspect">energy, environment, quality, safety, technology or legality.</param>
public sealed record FindingItem(string Aspect, string Name, decimal? Measured, decimal? Limit, string? Unit, string? Basis, string? Note);

/// <summary>What an inspection found wrong with an enterprise, and what was done on the spot.</summary>
public sealed record InspectionFinding(int InspectionId, string EnterpriseCreditCode, DateOnly InspectedOn, string? Disposal, IReadOnlyList<FindingItem> Failed);

/// <summary>
/// The campaign's inspection records as the announcements read them: a finding becomes a draft announcement without
/// retyping. The campaign module answers; the announcements module never reads the campaign's tables.
/// </summary>
public interface IInspectionFindings
{
    /// <returns>null when there is no such record in the area <paramref name="actor"/> oversees.</returns>
    Task<InspectionFinding?> FindAsync(int inspectionId, StaffContext actor, CancellationToken cancellationToken);
}
