namespace Portal.Modules.Core.Enterprises;

/// <summary>One public event in an enterprise's history: an announcement on a list, a published report outcome, ….</summary>
public sealed record EnterpriseTimelineEntry(
    DateOnly On, string Kind, [property: System.Text.Json.Serialization.JsonIgnore] Localization.TextWithData Text, string? List, string? Stage, string? Link)
{
    public string Title => Text.ToString();
}

/// <summary>
/// Lets other modules (announcements, report outcomes) add to an enterprise's public history without Core
/// knowing their tables: each module registers its own source.
/// </summary>
public interface IEnterpriseTimelineSource
{
    Task<IReadOnlyList<EnterpriseTimelineEntry>> GetAsync(int enterpriseId, CancellationToken cancellationToken);
}
