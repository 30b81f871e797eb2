using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Back-office pages as a browser without script uses them: read a page, fill its form, send it, see the answer or the redirect.</summary>
public static class Pages
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// A client of the staff member that does not follow redirects, so a form's answer is seen as sent (a followed
    /// redirect would drop the bearer token) and its cookies carry the antiforgery token of the pages it read.
    /// </summary>
    public static HttpClient PagesClient(this PortalFactory portal, PortalFactory.Staff staff)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = staff.Client.DefaultRequestHeaders.Authorization;
        return client;
    }

    public static async Task<IHtmlDocument> PageAsync(this HttpClient client, string address) => Parser.ParseDocument(await client.GetStringAsync(address));

    public static async Task<IHtmlDocument> DocumentAsync(this HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>A multipart body with one file (as a browser sends an upload) and any plain fields beside it.</summary>
    public static MultipartFormDataContent FileForm(byte[] file, string fileName, string contentType, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        return form;
    }

    /// <summary>Sends the page's form (the first that matches) with its antiforgery token and the given fields.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form {formSelector}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(body));
    }
}
