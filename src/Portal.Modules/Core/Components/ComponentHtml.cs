using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Portal.Modules.Core.Components;

/// <summary>The shared components as MVC views call them: rendered statically, no script needed.</summary>
public static class ComponentHtml
{
    public static Task<IHtmlContent> FieldErrorAsync(this IHtmlHelper html, IReadOnlyDictionary<string, string[]>? errors, string field) =>
        html.RenderComponentAsync<FieldError>(RenderMode.Static, new { Field = field, Errors = errors });

    public static Task<IHtmlContent> TextFieldAsync(this IHtmlHelper html, IReadOnlyDictionary<string, string[]>? errors, string name, string label, string? value,
        bool area = false, string? help = null, string type = "text") =>
        html.RenderComponentAsync<TextField>(RenderMode.Static, new { Name = name, Label = label, Value = value, Area = area, Help = help, Errors = errors, Type = type });

    public static Task<IHtmlContent> DateFieldAsync(this IHtmlHelper html, IReadOnlyDictionary<string, string[]>? errors, string name, string label, DateOnly? value,
        string? help = null) =>
        html.RenderComponentAsync<TextField>(RenderMode.Static, new { Name = name, Label = label, Value = value?.ToString("yyyy-MM-dd"), Type = "date", Help = help, Errors = errors });

    public static Task<IHtmlContent> CountdownAsync(this IHtmlHelper html, int? left, int soonWithin, bool met = false, string? id = null, bool? soon = null) =>
        html.RenderComponentAsync<WorkingDayCountdown>(RenderMode.Static, new { Left = left, SoonWithin = soonWithin, Met = met, Id = id, Soon = soon });

    public static Task<IHtmlContent> AuditTrailAsync(this IHtmlHelper html, IReadOnlyList<Data.ReadableAuditLine> lines, string id = "audit") =>
        html.RenderComponentAsync<AuditTrail>(RenderMode.Static, new { Lines = lines, Id = id });

    public static Task<IHtmlContent> PagerAsync(this IHtmlHelper html, string? firstHref, string? nextHref) =>
        html.RenderComponentAsync<Pager>(RenderMode.Static, new { FirstHref = firstHref, NextHref = nextHref });

    public static Task<IHtmlContent> UrgingsAsync(this IHtmlHelper html, IReadOnlyList<Deadlines.Urging> urgings, bool showSubjects = true, bool lead = true,
        string id = "urgings") =>
        html.RenderComponentAsync<UrgingList>(RenderMode.Static, new { Urgings = urgings, ShowSubjects = showSubjects, Lead = lead, Id = id });

    public static Task<IHtmlContent> EquipmentRowsAsync(this IHtmlHelper html, IReadOnlyList<EquipmentRows.Row> rows, IReadOnlyDictionary<string, string[]>? errors,
        string? legend = null, string? help = null) =>
        html.RenderComponentAsync<EquipmentRows>(RenderMode.Static, new
        {
            Rows = rows, Errors = errors, Legend = legend ?? CoreText.EnterpriseEquipment, Help = help ?? CoreText.EnterpriseEquipmentHelp,
        });

    public static Task<IHtmlContent> EquipmentTableAsync(this IHtmlHelper html, IReadOnlyList<EquipmentTable.Item> items, string? caption = null,
        string? emptyText = null, string id = "equipment") =>
        html.RenderComponentAsync<EquipmentTable>(RenderMode.Static, new { Items = items, Caption = caption, EmptyText = emptyText, Id = id });

    public static Task<IHtmlContent> RegionCascadeAsync(this IHtmlHelper html, Regions.RegionTree tree, string? rootCode, string? value,
        IReadOnlyDictionary<string, string[]>? errors, string name = "regionCode", string? label = null, string? help = null) =>
        html.RenderComponentAsync<RegionCascade>(RenderMode.Static,
            new { Tree = tree, RootCode = rootCode, Value = value, Errors = errors, Name = name, Label = label ?? CoreText.EnterpriseRegion, Help = help });

    public static Task<IHtmlContent> FacetListAsync(this IHtmlHelper html, string id, IReadOnlyList<FacetList.Item> items, string? allHref = null, bool? allCurrent = null) =>
        html.RenderComponentAsync<FacetList>(RenderMode.Static, new { Id = id, Items = items, AllHref = allHref, AllText = CoreText.FacetAll, AllCurrent = allCurrent });

    public static Task<IHtmlContent> TimelineAsync(this IHtmlHelper html, IReadOnlyList<Enterprises.EnterpriseTimelineEntry> entries, string id = "timeline") =>
        html.RenderComponentAsync<Timeline>(RenderMode.Static, new { Entries = entries, Id = id });

    public static Task<IHtmlContent> MetadataBlockAsync(this IHtmlHelper html, string label, IReadOnlyList<(string Term, string? Value)> items, string id = "meta") =>
        html.RenderComponentAsync<MetadataBlock>(RenderMode.Static, new { Label = label, Items = items, Id = id });

    public static Task<IHtmlContent> StatusBadgeAsync(this IHtmlHelper html, string status, string text, string? tone = null, string? id = null) =>
        html.RenderComponentAsync<StatusBadge>(RenderMode.Static, new { Status = status, Text = text, Tone = tone, Id = id });

    public static Task<IHtmlContent> BreadcrumbsAsync(this IHtmlHelper html, IReadOnlyList<(string Label, string? Href)> items) =>
        html.RenderComponentAsync<Breadcrumbs>(RenderMode.Static, new { Items = items });
}
