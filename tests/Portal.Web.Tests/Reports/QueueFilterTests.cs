using System.Net;
using System.Text;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>A handler narrows the unit's queue, sorts it, and takes it away as a spreadsheet without any reporter's identity.</summary>
[Collection(PortalCollection.Name)]
public class QueueFilterTests(Portals portals)
{
    [Theory, BothDatabases]
    public async Task A_handler_filters_the_queue_to_real_name_reports_exports_it_and_a_bad_filter_is_named(string db)
    {
        var portal = portals[db];
        var handler = await portal.CreateStaffAsync("handler", "220303", "environment");
        using var citizen = portal.CreateClient();
        var (anonymous, _) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(citizen))));
        var (realName, _) = await Reporting.FileAsync(citizen, Reporting.Form(Reporting.RealNameReport(await Reporting.SolveCaptchaAsync(citizen))));
        await Reporting.RouteAsync(portal);
        using var pages = portal.PagesClient(handler);

        string[] Codes(AngleSharp.Html.Dom.IHtmlDocument page) => [.. page.QuerySelectorAll("#queue tbody tr").Select(r => r.GetAttribute("data-tracking-code")!)];
        var all = Codes(await pages.PageAsync("/backoffice/reports"));
        Assert.Contains(anonymous, all);
        Assert.Contains(realName, all);
        var real = await pages.PageAsync("/backoffice/reports?realName=true&sort=submitted");
        Assert.Contains(realName, Codes(real));
        Assert.DoesNotContain(anonymous, Codes(real));
        Assert.Equal("true", real.QuerySelector("select[name=realName] option[selected]")!.GetAttribute("value"));
        Assert.DoesNotContain(realName, Codes(await pages.PageAsync("/backoffice/reports?realName=false")));
        Assert.Empty(Codes(await pages.PageAsync("/backoffice/reports?category=revival&realName=true")).Intersect([realName, anonymous]));

        var bad = await pages.GetAsync("/backoffice/reports?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("“lost”不是有效的取值", (await bad.DocumentAsync()).QuerySelector("#queue-problem")!.TextContent);

        var csvHref = real.QuerySelector("#queue-csv")!.GetAttribute("href")!;
        var csv = await pages.GetAsync(csvHref);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("受理编号,举报类别,实名/匿名", text);
        Assert.Contains(realName, text);
        Assert.DoesNotContain(anonymous, text);
        Assert.DoesNotContain("王建国", text);
        Assert.DoesNotContain("13904345678", text);
    }
}
