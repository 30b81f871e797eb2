using System.Net;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Pages;

/// <summary>The administrator finds accounts by filters and moves one to another unit and role on its page, which keeps the history.</summary>
[Collection(PortalCollection.Name)]
public class StaffAccountPagesTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task An_administrator_finds_an_account_by_its_filters_moves_it_and_reads_the_move_before_and_after(string db)
    {
        var portal = portals[db];
        var member = await portal.CreateStaffAsync("editor", "220322", "industry");
        var adminStaff = new PortalFactory.Staff(portal.AdminUserName, portal.AdminPassword, portal.AdminAuthenticatorKey, await portal.AdminClientAsync());
        using var pages = portal.PagesClient(adminStaff);

        string[] Listed(AngleSharp.Html.Dom.IHtmlDocument page) => [.. page.QuerySelectorAll("#staff-table tbody tr").Select(r => r.GetAttribute("data-user")!)];
        Assert.Contains(member.UserName, Listed(await pages.PageAsync($"/backoffice/staff?q={member.UserName[^8..]}&role=editor&regionCode=220300&state=active")));
        Assert.DoesNotContain(member.UserName, Listed(await pages.PageAsync($"/backoffice/staff?q={member.UserName[^8..]}&role=supervisor")));
        Assert.DoesNotContain(member.UserName, Listed(await pages.PageAsync($"/backoffice/staff?q={member.UserName[^8..]}&regionCode=220100")));
        Assert.DoesNotContain(member.UserName, Listed(await pages.PageAsync($"/backoffice/staff?q={member.UserName[^8..]}&state=disabled")));

        var account = await pages.PageAsync($"/backoffice/staff/{member.UserName}");
        Assert.Equal("编辑", account.QuerySelector("#f-role option[selected]")!.TextContent);
        var bad = await pages.SubmitAsync(account, "#staff-edit",
            [new("email", "不是邮箱"), new("role", "supervisor"), new("regionCode", "220300"), new("department", "government")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("格式不正确", (await bad.DocumentAsync()).QuerySelector("#e-email")!.TextContent);

        var moved = await pages.SubmitAsync(account, "#staff-edit",
            [new("email", Supervision.Supervising.EmailOf(member)), new("role", "supervisor"), new("regionCode", "220300"), new("department", "government")]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await pages.PageAsync(moved.Headers.Location!.OriginalString);
        Assert.Contains("督办", after.QuerySelector("#staff-facts")!.TextContent);
        var line = after.QuerySelectorAll("#staff-audit tbody tr").First();
        Assert.Equal("修改账户", line.QuerySelector("td[data-action]")!.TextContent);
        var role = line.QuerySelectorAll("li").Single(li => li.TextContent.Contains("角色"));
        Assert.Equal("编辑", role.QuerySelector("del")!.TextContent);
        Assert.Equal("督办", role.QuerySelector("ins")!.TextContent);
        var unit = line.QuerySelectorAll("li").Single(li => li.TextContent.Contains("所在单位"));
        Assert.Contains("梨树县", unit.QuerySelector("del")!.TextContent);
        Assert.Contains("四平市", unit.QuerySelector("ins")!.TextContent);

        // The moved account's old token no longer works, not even for what the new role may do: a new role ends its sessions.
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/v1/supervision/dashboard")).StatusCode);
        using var signedInAgain = portal.ClientWithToken(await portal.TokenAsync(member.UserName, member.Password, member.AuthenticatorKey));
        Assert.Equal(HttpStatusCode.OK, (await signedInAgain.GetAsync("/api/v1/supervision/dashboard")).StatusCode);
    }
}
