using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Pages;

/// <summary>长者模式 by a link, remembered in a cookie, no script; cached pages never mix the two modes.</summary>
[Collection(PortalCollection.Name)]
public class ElderModeTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Theory, BothDatabases]
    public async Task The_elder_mode_link_is_remembered_and_a_cached_list_page_is_drawn_for_each_mode(string db)
    {
        var portal = portals[db];
        using var visitor = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var other = portal.CreateClient();

        var standard = Parser.ParseDocument(await visitor.GetStringAsync("/lists/rectification"));
        Assert.False(standard.Body!.ClassList.Contains("elder"));
        var link = standard.QuerySelector("#view-switch")!;
        Assert.Equal("长者模式", link.TextContent);
        Assert.Equal("/view/elder?return=%2Flists%2Frectification", link.GetAttribute("href"));

        var set = await visitor.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/lists/rectification", set.Headers.Location!.OriginalString);
        Assert.Contains(set.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal-view=elder", StringComparison.Ordinal));

        var elder = Parser.ParseDocument(await visitor.GetStringAsync("/lists/rectification"));
        Assert.True(elder.Body!.ClassList.Contains("elder"));
        Assert.Equal("标准模式", elder.QuerySelector("#view-switch")!.TextContent);
        // Someone else asking for the same page meanwhile still gets the standard one from the cache.
        Assert.False(Parser.ParseDocument(await other.GetStringAsync("/lists/rectification")).Body!.ClassList.Contains("elder"));

        await visitor.GetAsync("/view/standard?return=/");
        Assert.False(Parser.ParseDocument(await visitor.GetStringAsync("/lists/rectification")).Body!.ClassList.Contains("elder"));
    }

    [Theory, BothDatabases]
    public async Task The_switch_never_sends_anyone_to_another_site(string db)
    {
        var portal = portals[db];
        using var visitor = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var hostile in new[] { "//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)" })
        {
            var answer = await visitor.GetAsync($"/view/elder?return={Uri.EscapeDataString(hostile)}");
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Equal("/", answer.Headers.Location!.OriginalString);
        }
    }
}
