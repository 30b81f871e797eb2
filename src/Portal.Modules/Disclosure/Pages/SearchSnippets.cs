using Portal.Modules.Core.Search;
using Portal.Modules.Disclosure.Announcements;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>What the search page shows under each title.</summary>
public static class SearchSnippets
{
    /// <summary>The passage of an announcement to show under its title: the first text field that matches, else the first there is.</summary>
    public static IReadOnlyList<TextSegment> Of(AnnouncementItem item, IReadOnlyList<string> terms)
    {
        var texts = new[]
            {
                item.Violations, item.Requirements, item.Basis, item.Summary, item.FailedItems, item.Unrectified, item.Completion,
                item.Products, item.InspectedItems, item.Extension?.Reason,
                string.Join("、", item.Indicators.Select(i => i.Name)), string.Join("、", item.Equipment.Select(e => e.Name)),
                item.Enterprise.Address, item.DocumentNumber,
            }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!)
            .ToList();
        var text = texts.FirstOrDefault(t => Highlighter.Matches(t, terms)) ?? texts.FirstOrDefault() ?? string.Empty;
        return Highlighter.Snippet(text, terms);
    }
}
