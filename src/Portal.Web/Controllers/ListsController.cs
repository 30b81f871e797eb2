using Microsoft.AspNetCore.Mvc;
using Portal.Theme;

namespace Portal.Web.Controllers;

/// <summary>The five public lists. Until the announcements module lands there is nothing published to show on them.</summary>
public sealed class ListsController : Controller
{
    public sealed record ListPage(string Wire, string Name, string Description);

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["rectification"] = WebText.ListDescriptionRectification,
        ["forced-exit"] = WebText.ListDescriptionForcedExit,
        ["violation"] = WebText.ListDescriptionViolation,
        ["elimination"] = WebText.ListDescriptionElimination,
        ["compliant"] = WebText.ListDescriptionCompliant,
    };

    [HttpGet("/lists/{list}")]
    public IActionResult Show(string list)
    {
        var entry = ThemeText.Lists.FirstOrDefault(l => l.Wire == list);
        return entry.Wire is null ? NotFound() : View(new ListPage(entry.Wire, entry.Name, Descriptions[entry.Wire]));
    }

    [HttpGet("/report")]
    public IActionResult Report() => View();
}
