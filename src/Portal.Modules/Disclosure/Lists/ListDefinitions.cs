using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// The lists the portal publishes. To add one: a member of <see cref="AnnouncementList"/> (its stored and wire name),
/// a definition beside these, its texts in <see cref="DisclosureText"/>, and a form part for any new content field.
/// </summary>
public static class ListDefinitions
{
    private static readonly ListDefinition[] ByKey = Build(
        ViolationList.Definition, EliminationList.Definition, RectificationList.Definition, ForcedExitList.Definition, CompliantList.Definition);

    /// <summary>Every list, in the order the site shows them.</summary>
    public static IReadOnlyList<ListDefinition> All { get; } = [.. ByKey.OrderBy(d => d.Order)];

    public static ListDefinition Of(AnnouncementList list) => ByKey[(int)list];

    public static StageDefinition Of(AnnouncementList list, AnnouncementStage stage) => ByKey[(int)list].Stage(stage);

    public static bool TryParse(string? wire, out ListDefinition definition)
    {
        definition = WireValue.TryParse<AnnouncementList>(wire, out var list) ? Of(list) : null!;
        return definition is not null;
    }

    /// <summary>The yellow list, whose open notices say who must still rectify.</summary>
    public static ListDefinition YellowList { get; } = ByKey.Single(d => d.IsYellowList);

    public static ListDefinition RedList { get; } = ByKey.Single(d => d.IsRedList);

    private static ListDefinition[] Build(params ListDefinition[] definitions)
    {
        var byKey = new ListDefinition[Enum.GetValues<AnnouncementList>().Length];
        foreach (var definition in definitions)
        {
            byKey[(int)definition.Key] = definition;
        }
        var missing = Enum.GetValues<AnnouncementList>().Where(l => byKey[(int)l] is null).ToList();
        return missing.Count == 0 ? byKey : throw new InvalidOperationException($"No definition for the list(s) {string.Join(", ", missing)}");
    }
}
