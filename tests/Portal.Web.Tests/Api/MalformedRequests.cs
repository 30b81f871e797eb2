using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Web.Tests.Api;

/// <summary>
/// Hostile and careless requests for every operation of the portal's own OpenAPI document: broken and deep JSON, wrong
/// content types, huge bodies, invalid UTF-8, NUL and control characters, LIKE and full-text operators, path traversal,
/// impossible dates, unknown enumerations, huge and negative page sizes, forged cursors.
/// </summary>
public static class MalformedRequests
{
    /// <param name="Operation">The method and path template of the OpenAPI operation.</param>
    public sealed record Probe(string Operation, string Family, HttpMethod Method, string Url, Func<HttpContent?> Content, int Index);

    private static readonly string Long = new('长', 3000);

    /// <summary>Already percent-encoded, as they travel in an address.</summary>
    private static readonly string[] PathValues =
    [
        "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%5c%2e%2e%5cwindows", "....//....//etc", "0", "-1", "2147483648", "99999999999999999999999",
        "1.5", "1e3", "NaN", "%00", "%01", "%1E", "%EF%BF%BE", "%FF%FE", "%C0%AE", "%E2%80%AE", "%27%20OR%20%271%27%3D%271", "%25",
        "%25_%25", "%3Cscript%3E", Uri.EscapeDataString(Long), "91220102MA0Y7K2L5T", "91220102MA0Y7K2L5X", "null", "~", "%20",
        Uri.EscapeDataString("中文"), Uri.EscapeDataString("😀"), "1", "2026", "deadline-sweep",
    ];

    private static readonly string[] QueryValues =
    [
        "", "%00", "%1E", "%7F", "%C2%85", "%EF%BF%BF", "%FF", "%ED%A0%80", "%", "%25", "%25_", "%5C", "%22unbalanced", "a*%20OR%20b",
        "NEAR(a%20b)", "a%20AND%20NOT%20b", "%5Ea", "(((", "*", "-", "%3A", "%7B%7D", "2026-02-30", "0000-00-00", "9999-12-31",
        "2026-13-45", "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN", "true", "purple", "VIOLATION", "forced_exit",
        "AAAA", "eyJ4IjoxfQ", "!!!", "%2B%2F%3D", Uri.EscapeDataString(new string('x', 4000)), Uri.EscapeDataString("整改"),
        "91220102MA0Y7K2L5T", "91220102MA0Y7K2L5X", "220303%00", "-220000",
    ];

    private static readonly string[] RawBodies =
    [
        "", "{", "}", "{\"", "[]", "null", "0", "\"x\"", "true", "{\"a\":1,}", "{'a':1}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\uD800\"}",
        new string('[', 5000) + new string(']', 5000), string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000),
        "{\"a\":\"" + new string('x', 1_200_000) + "\"}", "\uFEFF{}", "{\"a\":1e99999}", "{\"a\":-}", "[1,2,3",
    ];

    /// <summary>What each property of a body is set to, one at a time.</summary>
    private static readonly JsonNode?[] PropertyValues =
    [
        "\u0000", "\uFFFE", "a\u0001b", "\uD800", new string('x', 7000), "2026-02-30", "0000-00-00", "purple", "",
        JsonValue.Create(-1), JsonValue.Create(long.MaxValue), JsonValue.Create(1e300), JsonValue.Create(true), new JsonArray(), new JsonObject(), null,
        "%_\\", "\"NEAR(a b)", "../../etc/passwd",
    ];

    public static List<Probe> From(JsonDocument openApi)
    {
        var probes = new List<Probe>();
        var schemas = openApi.RootElement.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var s) ? s : default;
        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                var pathParameters = parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!).ToList();
                var queryParameters = parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!).ToList();
                var content = operation.Value.TryGetProperty("requestBody", out var body) ? body.GetProperty("content") : default;
                var jsonBody = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("application/json", out var json) ? json : default;
                var formBody = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("application/x-www-form-urlencoded", out _);
                var operationName = $"{method} {path.Name}";
                void Add(string family, string url, Func<HttpContent?> content) => probes.Add(new(operationName, family, method, url, content, probes.Count));
                string Fill(string value) => pathParameters.Aggregate(path.Name, (url, name) => url.Replace("{" + name + "}", value, StringComparison.Ordinal));
                var plain = Fill("1");

                // Whatever an operation declares, it also meets parameters it never asked for and a body where none belongs.
                foreach (var extra in new[] { "unknown=%00", "pageSize=-1", "pageSize=2147483648", "cursor=%FF%FE", "q=%EF%BF%BE", "format=xml", "all=maybe" })
                {
                    Add("query", $"{plain}?{extra}", () => null);
                }
                Add("json", plain, () => Json("{\"unexpected\":\"\\u0000\"}"));
                foreach (var value in PathValues.Where(_ => pathParameters.Count > 0))
                {
                    Add("path", Fill(value), () => jsonBody.ValueKind != JsonValueKind.Undefined ? Json("{}") : null);
                }
                foreach (var name in queryParameters)
                {
                    foreach (var value in QueryValues)
                    {
                        Add("query", $"{plain}?{name}={value}", () => null);
                    }
                    Add("query", $"{plain}?{name}=a&{name}=b&{name}=", () => null);
                }
                if (jsonBody.ValueKind != JsonValueKind.Undefined || formBody || method != HttpMethod.Get)
                {
                    foreach (var raw in RawBodies)
                    {
                        Add("json", plain, () => Json(raw));
                    }
                    Add("json", plain, () => new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0xC0, 0x22, 0x7D]) { Headers = { ContentType = new("application/json") } });
                    Add("json", plain, () => new ByteArrayContent(Encoding.Unicode.GetBytes("{\"a\":1}")) { Headers = { ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-16") } });
                    foreach (var (type, text) in new[] { ("text/plain", "hello"), ("application/xml", "<a/>"), ("application/x-www-form-urlencoded", "a=%00&b=%ZZ&c"), ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"), ("multipart/form-data", "garbage"), ("application/json; charset=latin1", "{}"), ("image/jpeg", "\u00FF\u00D8\u00FF") })
                    {
                        Add("content-type", plain, () => new StringContent(text, Encoding.UTF8, MediaTypeHeaderValue.Parse(type)));
                    }
                    Add("content-type", plain, () => new ByteArrayContent("{}"u8.ToArray()));
                }
                if (jsonBody.ValueKind != JsonValueKind.Undefined)
                {
                    foreach (var property in Properties(jsonBody, schemas))
                    {
                        foreach (var value in PropertyValues)
                        {
                            var document = new JsonObject { [property] = value?.DeepClone() };
                            var text = document.ToJsonString();
                            Add("properties", plain, () => Json(text));
                        }
                    }
                }
                if (formBody)
                {
                    foreach (var form in Forms())
                    {
                        Add("multipart", plain, form);
                    }
                }
            }
        }
        return probes;
    }

    private static StringContent Json(string text) => new(text, new UTF8Encoding(false), "application/json");

    private static IEnumerable<string> Properties(JsonElement media, JsonElement schemas)
    {
        var schema = media.TryGetProperty("schema", out var s) ? s : default;
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && schemas.ValueKind == JsonValueKind.Object)
        {
            schemas.TryGetProperty(reference.GetString()!.Split('/')[^1], out schema);
        }
        var names = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        // Fields every body of ours may carry, in case the document names none.
        return names.Concat(["action", "list", "regionCode", "text", "userName", "inspectionCompletedOn", "reason"]).Distinct();
    }

    private static IEnumerable<Func<HttpContent?>> Forms()
    {
        MultipartFormDataContent Form(Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
        {
            var form = new MultipartFormDataContent();
            foreach (var (key, value) in fields)
            {
                form.Add(new StringContent(value), key);
            }
            foreach (var (name, bytes) in files)
            {
                form.Add(new ByteArrayContent(bytes), "files", name);
            }
            return form;
        }
        var good = new Dictionary<string, string> { ["category"] = "environment", ["regionCode"] = "220303", ["description"] = "烟囱冒黄烟，气味刺鼻。", ["captcha"] = "x" };
        foreach (var field in new[] { "category", "regionCode", "description", "realName", "reporterName", "reporterPhone", "enterpriseCreditCode", "captcha", "trackingCode", "accessKey" })
        {
            foreach (var value in new[] { "\u0000", "purple", new string('x', 100_000), "maybe", "-1", "%_", "2026-02-30", "\uFFFE" })
            {
                yield return () => Form(new Dictionary<string, string>(good) { [field] = value });
            }
        }
        yield return () => Form(good, ("../../etc/passwd", "\u00FF\u00D8\u00FFgarbage"u8.ToArray()));
        yield return () => Form(good, ("..\\..\\a\u202Egpj.exe", [0xFF, 0xD8, 0xFF, 0xE0]));
        yield return () => Form(good, ("empty.png", []));
        yield return () => Form(good, ("fake.pdf", "%PDF-1.7 not really"u8.ToArray()));
        yield return () => Form(good, Enumerable.Range(0, 12).Select(i => ($"{i}.jpg", new byte[] { 0xFF, 0xD8, 0xFF })).ToArray());
        yield return () => Form(new Dictionary<string, string> { ["captcha"] = Convert.ToBase64String("{\"number\":-1}"u8.ToArray()) });
        yield return () => Form([]);
    }
}
