using System.Net;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Register;

/// <summary>An editor keeps the enterprise register through its pages: find, register with equipment, correct, read the history.</summary>
[Collection(PortalCollection.Name)]
public class EnterpriseRegisterPagesTests(Portals portals)
{
    private static IEnumerable<KeyValuePair<string, string>> Fields(string code, string name, params (string Name, string Quantity, string Capacity)[] equipment)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("creditCode", code), new("name", name), new("address", "梨树镇工业园区 6 号"), new("regionCode", "220322"), new("industry", "cement"),
            new("size", "below-scale"), new("ownership", "private"), new("state", "operating"),
        };
        for (var i = 0; i < equipment.Length; i++)
        {
            fields.Add(new($"equipment[{i}].name", equipment[i].Name));
            fields.Add(new($"equipment[{i}].model", ""));
            fields.Add(new($"equipment[{i}].quantity", equipment[i].Quantity));
            fields.Add(new($"equipment[{i}].capacity", equipment[i].Capacity));
            fields.Add(new($"equipment[{i}].capacityUnit", "万吨/年"));
        }
        // A blank row, as the form always offers one, is not saved.
        fields.Add(new($"equipment[{equipment.Length}].name", ""));
        return fields;
    }

    [Theory, BothDatabases]
    public async Task An_editor_registers_an_enterprise_with_two_kilns_corrects_it_and_reads_each_change_before_and_after(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        using var pages = portal.PagesClient(editor);
        var code = Infrastructure.Enterprises.NewCode("220322");
        var wrongCheck = code[..17] + (code[17] == 'A' ? 'B' : 'A');
        var name = $"梨树县页面登记水泥有限公司{code[^4..]}";

        var form = await pages.PageAsync("/backoffice/enterprises/new");
        Assert.Equal("220322", form.QuerySelector("#f-regionCode option[selected]")!.GetAttribute("value"));
        Assert.Null(form.QuerySelector("#f-regionCode option[value='220100']"));
        var refused = await pages.SubmitAsync(form, "form.form", Fields(wrongCheck, name, ("机立窑", "2", "8.8"), ("球磨机", "abc", "3")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await refused.DocumentAsync();
        Assert.Contains($"第 18 位应为“{code[17]}”", again.QuerySelector("#e-creditCode")!.TextContent);
        Assert.Equal("设备数量须为正整数。", again.QuerySelector("#e-equipment\\[1\\]\\.quantity")!.TextContent.Trim());
        Assert.Equal("球磨机", again.QuerySelector("input[name='equipment[1].name']")!.GetAttribute("value"));
        Assert.Equal("abc", again.QuerySelector("input[name='equipment[1].quantity']")!.GetAttribute("value"));

        var saved = await pages.SubmitAsync(again, "form.form", Fields(code, name, ("机立窑", "2", "8.8"), ("球磨机", "1", "3")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/backoffice/enterprises/{code}?saved=true", saved.Headers.Location!.OriginalString);
        var show = await pages.PageAsync(saved.Headers.Location.OriginalString);
        Assert.Equal(name, show.QuerySelector("#enterprise-name")!.TextContent);
        Assert.Equal(["机立窑", "球磨机"], show.QuerySelectorAll("#equipment tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Equal("8.8 万吨/年", show.QuerySelector("#equipment tbody tr td:last-child")!.TextContent.Trim());
        Assert.Equal($"/backoffice/announcements/new?enterprise={code}", show.QuerySelectorAll("a").Single(a => a.TextContent == "为该企业新建公告").GetAttribute("href"));

        // Registering the same code again is refused and names the enterprise already there.
        var twice = await pages.SubmitAsync(await pages.PageAsync("/backoffice/enterprises/new"), "form.form", Fields(code, "另一家公司", ("机立窑", "1", "1")));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains(name, (await twice.DocumentAsync()).QuerySelector("#form-problem")!.TextContent);

        // Correcting it: the name changes and the ball mill goes; the history says so in Chinese, before → after.
        var edit = await pages.PageAsync($"/backoffice/enterprises/{code}/edit");
        Assert.Equal("球磨机", edit.QuerySelector("input[name='equipment[1].name']")!.GetAttribute("value"));
        var corrected = await pages.SubmitAsync(edit, "form.form", Fields(code, name + "（改）", ("机立窑", "2", "8.8")));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var history = (await pages.PageAsync($"/backoffice/enterprises/{code}")).QuerySelector("#enterprise-audit")!;
        var rows = history.QuerySelectorAll("tbody tr");
        Assert.Equal(["修改企业信息", "登记企业"], rows.Select(r => r.QuerySelector("td[data-action]")!.TextContent));
        var nameChange = rows[0].QuerySelectorAll("li").Single(li => li.TextContent.Contains("企业名称"));
        Assert.Equal(name, nameChange.QuerySelector("del")!.TextContent);
        Assert.Equal(name + "（改）", nameChange.QuerySelector("ins")!.TextContent);
        Assert.DoesNotContain(rows[0].QuerySelectorAll("li"), li => li.TextContent.Contains("详细地址"));
        Assert.Contains("梨树县", rows[1].TextContent);

        // The register finds it by a part of its name and by the beginning of its code; another county's editor does not, and may not correct it.
        var found = await pages.PageAsync($"/backoffice/enterprises?q={Uri.EscapeDataString("页面登记水泥")}");
        Assert.Contains(found.QuerySelectorAll("#enterprises tbody tr"), r => r.GetAttribute("data-code") == code);
        var byCode = await pages.PageAsync($"/backoffice/enterprises?q={code[..14].ToLowerInvariant()}");
        Assert.Contains(byCode.QuerySelectorAll("#enterprises tbody tr"), r => r.GetAttribute("data-code") == code);
        var other = await portal.CreateStaffAsync("editor", "220102", "industry");
        using var otherPages = portal.PagesClient(other);
        Assert.DoesNotContain((await otherPages.PageAsync($"/backoffice/enterprises?q={code}")).QuerySelectorAll("#enterprises tbody tr"), r => r.GetAttribute("data-code") == code);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherPages.GetAsync($"/backoffice/enterprises/{code}/edit")).StatusCode);
        var handler = await portal.CreateStaffAsync("handler", "220322", "industry");
        Assert.Equal(HttpStatusCode.Forbidden, (await portal.PagesClient(handler).GetAsync("/backoffice/enterprises")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_new_announcement_started_from_the_register_has_the_enterprise_filled_in(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        var code = await portal.RegisterAsync("220322");
        using var pages = portal.PagesClient(editor);
        var choose = await pages.PageAsync($"/backoffice/announcements/new?enterprise={code}");
        var first = choose.QuerySelector("#choose-list a")!.GetAttribute("href")!;
        Assert.EndsWith($"&enterprise={code}", first);
        var form = await pages.PageAsync(first);
        Assert.Equal(code, form.QuerySelector("#f-enterpriseCreditCode")!.GetAttribute("value"));
        Assert.Equal("/backoffice/enterprises", form.QuerySelector("#find-enterprise")!.GetAttribute("href"));
    }
}
