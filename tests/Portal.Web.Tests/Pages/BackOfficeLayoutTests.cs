using AngleSharp.Html.Parser;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Pages;

[Collection(PortalCollection.Name)]
public class BackOfficeLayoutTests(Portals portals)
{
    private static readonly HtmlParser Parser = new();

    [Theory, BothDatabases]
    public async Task The_back_office_has_its_own_header_naming_the_member_and_unit_and_offering_only_what_the_role_may_do(string db)
    {
        var editor = await portals[db].CreateStaffAsync("editor", "220303", "environment");
        var page = Parser.ParseDocument(await editor.Client.GetStringAsync("/backoffice/announcements/new"));

        var who = page.QuerySelector("#staff-who")!.TextContent;
        Assert.Contains(editor.UserName, who);
        Assert.Contains("四平市铁东区生态环境局", who);
        Assert.Contains("编辑", who);
        var links = page.QuerySelectorAll("#backoffice-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/backoffice/announcements", links);
        Assert.Contains("/backoffice/obligations", links);
        Assert.DoesNotContain("/backoffice/staff", links);
        Assert.DoesNotContain("/backoffice/jobs", links);
        Assert.Equal("/backoffice/announcements", page.QuerySelector("#backoffice-nav a[aria-current=page]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("a[href='/report']"));
        Assert.NotNull(page.QuerySelector("form[action='/account/sign-out'] button"));
        var crumbs = page.QuerySelectorAll("#breadcrumbs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/backoffice", "/backoffice/announcements"], crumbs);

        var home = Parser.ParseDocument(await editor.Client.GetStringAsync("/"));
        Assert.NotEmpty(home.QuerySelectorAll("a[href='/report']"));
        Assert.Null(home.QuerySelector("#backoffice-nav"));
    }

    [Theory, BothDatabases]
    public async Task An_administrator_finds_accounts_and_the_calendar_in_the_navigation(string db)
    {
        using var admin = await portals[db].AdminClientAsync();
        var page = Parser.ParseDocument(await admin.GetStringAsync("/backoffice"));
        var links = page.QuerySelectorAll("#backoffice-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/backoffice/staff", links);
        Assert.Contains("/backoffice/calendar", links);
        Assert.Contains("/backoffice/jobs", links);
        Assert.Contains("系统管理员", page.QuerySelector("#staff-who")!.TextContent);
    }
}
