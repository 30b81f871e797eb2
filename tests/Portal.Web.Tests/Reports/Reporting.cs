using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Reports.Routing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Reports;

/// <summary>Files reports the way the altcha widget and the form do: solve the proof of work, send multipart.</summary>
public static class Reporting
{
    /// <summary>Fetches a challenge and finds its number, as the widget does in the browser.</summary>
    public static async Task<string> SolveCaptchaAsync(HttpClient client)
    {
        var challenge = await (await client.GetAsync("/api/v1/captcha")).JsonAsync();
        var salt = challenge.GetProperty("salt").GetString()!;
        var target = challenge.GetProperty("challenge").GetString()!;
        var max = challenge.GetProperty("maxnumber").GetInt32();
        for (var n = 0; n <= max; n++)
        {
            if (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + n))) == target)
            {
                var payload = JsonSerializer.Serialize(new
                {
                    algorithm = "SHA-256",
                    challenge = target,
                    number = n,
                    salt,
                    signature = challenge.GetProperty("signature").GetString(),
                });
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload));
            }
        }
        throw new InvalidOperationException("no number solves the challenge");
    }

    public static MultipartFormDataContent Form(IReadOnlyDictionary<string, string?> fields, params (string Name, byte[] Bytes, string ContentType)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }
        foreach (var (name, bytes, contentType) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(content, "files", name);
        }
        return form;
    }

    public static Dictionary<string, string?> AnonymousEnvironmentReport(string captcha, string regionCode = "220303") => new()
    {
        ["category"] = "environment",
        ["regionCode"] = regionCode,
        ["enterpriseName"] = "四平市某某化工有限公司",
        ["address"] = "铁东区北门外工业园",
        ["description"] = "每天夜里十一点以后烟囱冒黄烟，气味刺鼻，附近居民都能闻到。",
        ["realName"] = "false",
        ["captcha"] = captcha,
    };

    public static async Task<(string TrackingCode, string AccessKey)> FileAsync(HttpClient client, MultipartFormDataContent form)
    {
        var receipt = await (await client.PostAsync("/api/v1/reports", form)).JsonAsync(HttpStatusCode.Created);
        return (receipt.GetProperty("trackingCode").GetString()!, receipt.GetProperty("accessKey").GetString()!);
    }

    public static async Task<HttpResponseMessage> StatusAsync(HttpClient client, string trackingCode, string accessKey) =>
        await client.PostAsJsonAsync("/api/v1/reports/status", new { trackingCode, accessKey });

    public static async Task RouteAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReportRouter>().RouteAllWaitingAsync(CancellationToken.None);
    }

    public static Dictionary<string, string?> RealNameReport(string captcha, string category = "environment", string regionCode = "220303", string? creditCode = null) => new()
    {
        ["category"] = category,
        ["regionCode"] = regionCode,
        ["enterpriseName"] = "四平市实名被举报水泥有限公司",
        ["enterpriseCreditCode"] = creditCode,
        ["description"] = "已经封存的2号机立窑上个月又偷偷点火生产，夜里装车外运。",
        ["realName"] = "true",
        ["reporterName"] = "王建国",
        ["reporterPhone"] = "13904345678",
        ["captcha"] = captcha,
    };

    /// <summary>The queue entry of one report in the caller's unit, or null when the unit does not hold it.</summary>
    public static async Task<JsonElement?> InQueueAsync(HttpClient staff, string trackingCode)
    {
        var queue = await (await staff.GetAsync("/api/v1/queue?all=true")).JsonAsync();
        foreach (var item in queue.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("trackingCode").GetString() == trackingCode)
            {
                return item;
            }
        }
        return null;
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient staff, int id, object body) =>
        staff.PostAsJsonAsync($"/api/v1/reports/{id}/actions", body);

    public static async Task<DateOnly> AddWorkingDaysAsync(HttpClient client, DateOnly from, int days)
    {
        var answer = await (await client.GetAsync($"/api/v1/calendar/add-working-days?from={from:yyyy-MM-dd}&days={days}")).JsonAsync();
        return DateOnly.Parse(answer.GetProperty("date").GetString()!);
    }
}
