using System.Net;
using System.Net.Http.Headers;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Reports;

namespace Portal.Web.Tests.Api;

/// <summary>What arrives before any handler: sizes, characters, methods. Over a real socket, where Kestrel's limits apply.</summary>
[Collection(PortalCollection.Name)]
public class RequestGuardsTests(Portals portals)
{
    [Fact]
    public async Task Oversized_bodies_addresses_and_headers_get_Chinese_problems_not_bare_answers_or_500s()
    {
        await using var node = PortalFactory.SecondNodeOf(portals["Sqlite"]);
        using var client = new HttpClient { BaseAddress = new Uri(node.StartKestrel()) };

        var json = new StringContent("{\"trackingCode\":\"" + new string('A', 2 * 1024 * 1024) + "\"}", System.Text.Encoding.UTF8, "application/json");
        var tooBig = await (await client.PostAsync("/api/v1/reports/status", json)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1 MB", tooBig.GetProperty("detail").GetString());

        // As a browser uploading a large file asks first, so that the refusal arrives before the file is sent.
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports")
        {
            Content = new MultipartFormDataContent { { new StringContent("超大附件测试"), "description" }, { new ByteArrayContent(new byte[120 * 1024 * 1024]), "files", "video.mp4" } },
        };
        upload.Headers.ExpectContinue = true;
        var tooMuch = await (await client.SendAsync(upload)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("110 MB", tooMuch.GetProperty("detail").GetString());

        var longAddress = await (await client.GetAsync("/api/v1/announcements?q=" + new string('a', 9000))).AssertProblemAsync(HttpStatusCode.RequestUriTooLong);
        Assert.Contains("8192", longAddress.GetProperty("detail").GetString());

        using var heavy = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions");
        heavy.Headers.Add("X-Padding", new string('x', 40 * 1024));
        await (await client.SendAsync(heavy)).AssertProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Theory, BothDatabases]
    public async Task Control_characters_and_non_characters_are_refused_by_name_wherever_text_arrives(string db)
    {
        var portal = portals[db];
        using var client = portal.CreateClient();
        foreach (var url in new[] { "/api/v1/announcements?q=a%00b", "/api/v1/announcements.csv?q=%EF%BF%BE", "/feeds/announcements.atom?region=a%1Eb", "/api/v1/enterprises/9122%E2%80%AE%EF%BF%BE" })
        {
            var problem = await (await client.GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("控制字符", problem.GetProperty("detail").GetString());
        }
        var page = new HttpRequestMessage(HttpMethod.Get, "/lists/rectification?q=%07");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var shown = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        Assert.Equal("text/html", shown.Content.Headers.ContentType?.MediaType);

        var body = new StringContent("{\"trackingCode\":\"JB\\u0000\",\"accessKey\":\"x\"}", System.Text.Encoding.UTF8, "application/json");
        var field = await (await client.PostAsync("/api/v1/reports/status", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("控制字符", Assert.Single(field.FieldErrors("trackingCode")));

        var form = Reporting.Form(Reporting.AnonymousEnvironmentReport(await Reporting.SolveCaptchaAsync(client)));
        form.Add(new StringContent("某某\u0000公司"), "enterpriseName");
        var refused = await (await client.PostAsync("/api/v1/reports", form)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("enterpriseName", refused.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task HEAD_is_answered_wherever_GET_is_with_the_same_headers_and_no_body()
    {
        await using var node = PortalFactory.SecondNodeOf(portals["Sqlite"]);
        using var client = new HttpClient { BaseAddress = new Uri(node.StartKestrel()) };
        foreach (var url in new[] { "/", "/lists/rectification", "/search?q=整改", "/api/v1/regions", "/api/v1/announcements", "/api/v1/announcements.csv", "/feeds/announcements.atom", "/sitemap.xml", "/openapi/v1.json", "/report" })
        {
            var get = await client.GetAsync(url);
            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.True(head.StatusCode == get.StatusCode, $"HEAD {url}: {head.StatusCode}, GET: {get.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }
}
