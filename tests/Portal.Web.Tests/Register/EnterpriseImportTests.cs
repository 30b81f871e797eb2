using System.Net;
using System.Text;
using MiniExcelLibs;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Supervision;

namespace Portal.Web.Tests.Register;

/// <summary>An editor imports the register from a spreadsheet: a preview names every refused row, then the confirmed rows are written with progress.</summary>
[Collection(PortalCollection.Name)]
public class EnterpriseImportTests(Portals portals)
{
    private const string Header = "统一社会信用代码,企业名称,详细地址,行政区划代码,行业,企业规模,所有制,生产状态,设备名称,型号,数量,产能,产能单位";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient pages, byte[] file, string fileName)
    {
        var page = await pages.PageAsync("/backoffice/enterprises/import");
        var token = page.QuerySelector("#import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await pages.PostAsync("/backoffice/enterprises/import", Infrastructure.Pages.FileForm(file, fileName, "application/octet-stream", ("__RequestVerificationToken", token)));
    }

    [Theory, BothDatabases]
    public async Task A_gbk_csv_is_previewed_with_each_refused_row_named_and_the_confirmed_rows_are_written(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        using var pages = portal.PagesClient(editor);
        var fresh = Infrastructure.Enterprises.NewCode("220322");
        var rightCheck = Infrastructure.Enterprises.NewCode("220322");
        var badCheck = rightCheck[..17] + (rightCheck[17] == 'A' ? 'B' : 'A');
        var outside = Infrastructure.Enterprises.NewCode("220102");
        var known = await portal.RegisterAsync("220322", name: "梨树县导入前水泥有限公司");
        var csv = string.Join("\r\n",
            Header,
            $"{fresh},梨树县导入水泥有限公司,梨树镇工业园 1 号,220322,水泥,规模以下,民营,在产,机立窑,Φ2.5×10m,2,8.8,万吨/年",
            $",,,,,,,,球磨机,,1,3,万吨/年",
            $"{badCheck},校验码错误公司,梨树镇 2 号,220322,cement,,,,,,,,",
            $"{outside},长春市外地公司,南关区 3 号,220102,cement,,,,,,,,",
            $"{known},梨树县导入后水泥有限公司,梨树镇 4 号,220322,cement,below-scale,private,stopped,机立窑,,1,abc,万吨/年",
            $"{known},,,,,,,,回转窑,,1,60,万吨/年") + "\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(csv);

        var previewed = await SendAsync(pages, gbk, "企业名录.csv");
        Assert.Equal(HttpStatusCode.Redirect, previewed.StatusCode);
        var preview = await pages.PageAsync(previewed.Headers.Location!.OriginalString);
        Assert.Equal("“企业名录.csv”：1 家企业可以导入（新增 1 家，更新 0 家）；3 家有错误，不会导入。", preview.QuerySelector("#import-summary")!.TextContent.Trim());
        var problems = preview.QuerySelectorAll("#import-problems tbody tr").ToDictionary(r => r.GetAttribute("data-line")!, r => r.TextContent);
        Assert.Contains("第 4 行：", problems["4"]);
        Assert.Contains($"第 18 位应为“{rightCheck[17]}”", problems["4"]);
        Assert.Contains("不在", problems["5"]);
        Assert.Contains("第 6 行：产能须为不小于 0 的数值。", problems["6"]);
        Assert.Equal([fresh], preview.QuerySelectorAll("#import-preview tbody tr").Select(r => r.GetAttribute("data-code")));

        var confirmed = await pages.SubmitAsync(preview, "#import-confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        using (var admin = await portal.AdminClientAsync())
        {
            await Supervising.RunJobAsync(admin, "enterprise-import");
        }
        var finished = await pages.PageAsync(confirmed.Headers.Location!.OriginalString);
        Assert.Equal("导入完成：写入 1 家，失败 0 家。", finished.QuerySelector("#import-done")!.TextContent.Trim());
        var written = await (await editor.Client.GetAsync($"/api/v1/enterprises/{fresh}")).JsonAsync();
        Assert.Equal("梨树县导入水泥有限公司", written.GetProperty("name").GetString());
        Assert.Equal("below-scale", written.GetProperty("size").GetString());
        Assert.Equal(["机立窑", "球磨机"], written.GetProperty("equipment").EnumerateArray().Select(q => q.GetProperty("name").GetString()));
        Assert.Equal("梨树县导入前水泥有限公司", (await (await editor.Client.GetAsync($"/api/v1/enterprises/{known}")).JsonAsync()).GetProperty("name").GetString());

        // Confirming twice writes nothing more.
        Assert.Contains("导入完成", (await pages.PageAsync(confirmed.Headers.Location.OriginalString)).QuerySelector("#import-done")!.TextContent);
    }

    [Theory, BothDatabases]
    public async Task An_xlsx_saved_by_a_spreadsheet_program_updates_an_enterprise_and_files_that_are_not_sheets_are_refused_in_chinese(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        using var pages = portal.PagesClient(editor);
        var known = await portal.RegisterAsync("220322", name: "梨树县表格更新前有限公司");
        using var xlsx = new MemoryStream();
        var rows = new[]
        {
            new Dictionary<string, object>
            {
                ["统一社会信用代码"] = known, ["企业名称"] = "梨树县表格更新后有限公司", ["详细地址"] = "梨树镇 9 号", ["行政区划代码"] = "220322", ["行业"] = "水泥",
                ["设备名称"] = "机立窑", ["数量"] = 2, ["产能"] = 8.8, ["产能单位"] = "万吨/年",
            },
        };
        await MiniExcel.SaveAsAsync(xlsx, rows);

        var previewed = await SendAsync(pages, xlsx.ToArray(), "更新.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, previewed.StatusCode);
        var preview = await pages.PageAsync(previewed.Headers.Location!.OriginalString);
        Assert.Contains("新增 0 家，更新 1 家", preview.QuerySelector("#import-summary")!.TextContent);
        await pages.SubmitAsync(preview, "#import-confirm", []);
        using (var admin = await portal.AdminClientAsync())
        {
            await Supervising.RunJobAsync(admin, "enterprise-import");
        }
        var updated = await (await editor.Client.GetAsync($"/api/v1/enterprises/{known}")).JsonAsync();
        Assert.Equal("梨树县表格更新后有限公司", updated.GetProperty("name").GetString());
        Assert.Equal(8.8m, updated.GetProperty("equipment")[0].GetProperty("capacity").GetDecimal());

        var pdf = await SendAsync(pages, "%PDF-1.7"u8.ToArray(), "名录.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("“名录.pdf”不是 .xlsx 或 .csv 表格文件。", (await pdf.DocumentAsync()).QuerySelector("#import-problem")!.TextContent.Trim());
        var columns = await SendAsync(pages, Encoding.UTF8.GetBytes("企业名称,地址\r\n某公司,某地\r\n"), "少列.csv");
        Assert.Equal(HttpStatusCode.BadRequest, columns.StatusCode);
        Assert.Contains("统一社会信用代码、详细地址、行政区划代码、行业", (await columns.DocumentAsync()).QuerySelector("#import-problem")!.TextContent);
        var broken = await SendAsync(pages, "PK\u0003\u0004 not really a zip"u8.ToArray(), "坏.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }
}
