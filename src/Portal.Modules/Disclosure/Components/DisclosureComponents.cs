using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Components;

/// <summary>The announcement's own components as its views call them, rendered statically.</summary>
public static class DisclosureComponents
{
    public static Task<IHtmlContent> IndicatorTableAsync(this IHtmlHelper html, IReadOnlyList<Indicator> items, string id = "indicators") =>
        html.RenderComponentAsync<IndicatorTable>(RenderMode.Static, new { Items = items, Id = id });
}
