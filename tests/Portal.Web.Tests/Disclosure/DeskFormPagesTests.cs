using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Disclosure;

/// <summary>The editor's form asks for what each list's announcement shows (docs/domain.md, seed 002), in the order an editor writes it.</summary>
[Collection(PortalCollection.Name)]
public class DeskFormPagesTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("rectification", "notice", new[] { "summary", "indicators", "basis", "requirements", "deadline" })]
    [InlineData("violation", "notice", new[] { "summary", "violations", "basis", "requirements", "deadline" })]
    [InlineData("elimination", "notice", new[] { "summary", "equipment", "exitMethod", "basis", "requirements", "deadline" })]
    [InlineData("forced-exit", "result", new[] { "summary", "failedItems", "indicators", "unrectified", "basis", "completion", "completedOn" })]
    [InlineData("compliant", "notice", new[] { "summary", "equipment", "products", "inspectedItems" })]
    public async Task Each_lists_form_asks_for_its_content_in_the_order_an_editor_writes_it(string list, string stage, string[] fields)
    {
        var editor = await portals["Sqlite"].CreateStaffAsync("editor", "220303", "environment");
        var page = Parser.ParseDocument(await editor.Client.GetStringAsync($"/backoffice/announcements/new?list={list}&stage={stage}"));
        var order = page.QuerySelectorAll("form [name]")
            .Select(e => e.GetAttribute("name")!.Split('[')[0])
            .Where(fields.Contains)
            .Distinct()
            .ToList();
        Assert.Equal(fields, order);
        Assert.Equal("基本情况", page.QuerySelector("label[for=f-summary]")!.TextContent);
    }
}
