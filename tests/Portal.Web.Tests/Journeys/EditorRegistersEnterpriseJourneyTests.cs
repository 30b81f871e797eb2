using System.Text.Json;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Reports;

namespace Portal.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public class EditorRegistersEnterpriseJourneyTests
{
    [Fact]
    public async Task An_editor_registers_an_enterprise_with_two_kilns_and_publishes_a_violation_notice_with_its_pdf_which_the_public_reads_without_its_author()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var address = portal.StartKestrel();
        var editor = await portal.CreateStaffAsync("editor", "220322", "industry");
        var code = Infrastructure.Enterprises.NewCode("220322");
        const string name = "梨树县旅程登记水泥有限公司";
        var inspected = Infrastructure.Enterprises.ChinaToday.AddDays(-2);
        var deadline = inspected.AddMonths(2);
        using var folder = ExternalTool.Folder();
        var notice = folder.File("责令关停通知书.pdf");
        await File.WriteAllBytesAsync(notice, CraftedEvidence.Pdf());

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
            await Browser.SignInAsync(page, address, editor.UserName, editor.Password, editor.AuthenticatorKey);

            // The register: a new enterprise with two kilns.
            await page.Locator("#backoffice-nav").GetByRole(AriaRole.Link, new() { Name = "企业名录" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "登记企业" }).ClickAsync();
            await page.GetByLabel("统一社会信用代码", new() { Exact = true }).FillAsync(code);
            await page.GetByLabel("企业名称", new() { Exact = true }).FillAsync(name);
            await page.GetByLabel("所在地区").SelectOptionAsync("220322");
            await page.GetByLabel("详细地址").FillAsync("梨树镇工业园区 9 号");
            await page.GetByLabel("行业", new() { Exact = true }).SelectOptionAsync("cement");
            await page.GetByLabel("企业规模").SelectOptionAsync("below-scale");
            await page.GetByLabel("第1台 设备名称").FillAsync("机立窑");
            await page.GetByLabel("第1台 型号").FillAsync("Φ2.5×10m");
            await page.GetByLabel("第1台 数量").FillAsync("2");
            await page.GetByLabel("第1台 产能", new() { Exact = true }).FillAsync("8.8");
            await page.GetByLabel("第1台 产能单位").FillAsync("万吨/年");
            await page.GetByLabel("第2台 设备名称").FillAsync("球磨机");
            await page.GetByLabel("第2台 数量").FillAsync("1");
            await page.GetByLabel("第2台 产能", new() { Exact = true }).FillAsync("3");
            await page.GetByLabel("第2台 产能单位").FillAsync("万吨/年");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            Assert.Contains("已保存", await page.Locator("#enterprise-saved").InnerTextAsync());
            Assert.Equal(2, await page.Locator("#equipment tbody tr").CountAsync());

            // From the enterprise, a violation notice with every field.
            await page.GetByRole(AriaRole.Link, new() { Name = "为该企业新建公告" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "违法违规责令关停退出公示" }).ClickAsync();
            Assert.Equal(code, await page.GetByLabel("企业统一社会信用代码").InputValueAsync());
            await page.GetByLabel("检查（验收）完成日期").FillAsync(inspected.ToString("yyyy-MM-dd"));
            await page.GetByLabel("检查维度").SelectOptionAsync("technology");
            await page.GetByLabel("基本情况").FillAsync("该企业现有机立窑2台、球磨机1台，年产水泥熟料约17万吨。");
            await page.GetByLabel("违法违规事项及事实").FillAsync("机立窑属于淘汰类工艺装备，未经核准擅自建设并生产。");
            await page.GetByLabel("法律法规依据").FillAsync("《产业结构调整指导目录》淘汰类；《国务院关于化解产能严重过剩矛盾的指导意见》。");
            await page.GetByLabel("整改（退出）要求").FillAsync("立即停止生产，拆除机立窑及配套设施，不得异地转移。");
            await page.GetByLabel("整改（退出）期限").FillAsync(deadline.ToString("yyyy-MM-dd"));
            await page.GetByLabel("标题", new() { Exact = true }).FillAsync($"关于{name}违法违规责令关停退出的公示");
            await page.GetByLabel("文号").FillAsync("梨工信发〔2026〕18号");
            await page.GetByLabel("成文日期").FillAsync(inspected.ToString("yyyy-MM-dd"));
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
            Assert.Contains("已保存草稿", await page.Locator("#done").InnerTextAsync());

            // The original notice as a PDF.
            await page.GetByLabel("附件名称").FillAsync("责令关停通知书");
            await page.GetByLabel("PDF 文件").SetInputFilesAsync(notice);
            await page.GetByRole(AriaRole.Button, new() { Name = "上传附件" }).ClickAsync();
            Assert.Contains("附件已上传", await page.Locator("#done").InnerTextAsync());

            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
            Assert.Equal("已发布", (await page.Locator("#status").InnerTextAsync()).Trim());
            await page.GetByRole(AriaRole.Link, new() { Name = "查看公开页面" }).ClickAsync();

            // The public reads all of it, and the document as published.
            var visitor = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
            await visitor.GotoAsync(page.Url);
            var text = await visitor.Locator("main").InnerTextAsync();
            foreach (var expected in new[]
            {
                name, "年产水泥熟料约17万吨", "未经核准擅自建设并生产", "《产业结构调整指导目录》淘汰类", "拆除机立窑及配套设施", deadline.ToString("yyyy-MM-dd"),
                "梨工信发〔2026〕18号", "梨树县工业和信息化局",
            })
            {
                Assert.Contains(expected, text);
            }
            var link = visitor.Locator("#attachments a");
            Assert.StartsWith("责令关停通知书（PDF，", await link.InnerTextAsync());
            var pdf = await visitor.APIRequest.GetAsync(address + await link.GetAttributeAsync("href"));
            Assert.Equal(200, pdf.Status);
            var served = folder.File("served.pdf");
            await File.WriteAllBytesAsync(served, await pdf.BodyAsync());
            var tags = JsonDocument.Parse((await ExternalTool.RequireAsync("exiftool", "-j", "-a", "-G1", "-s", served)).Text).RootElement[0];
            Assert.DoesNotContain(tags.EnumerateObject(), t => t.Name.EndsWith(":Author", StringComparison.Ordinal));
            Assert.DoesNotContain(CraftedEvidence.Reporter, tags.GetRawText());
        }
    }
}
