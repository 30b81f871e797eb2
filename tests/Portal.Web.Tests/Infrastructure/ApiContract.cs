using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// Holds every JSON answer of the API that the integration suite receives to the portal's own /openapi/v1.json: the
/// operation is found by method and path template, the response by status, and the body is evaluated against its
/// schema by JsonSchema.Net (JSON Schema 2020-12, which OpenAPI 3.1 schemas are). A body that does not match, or a JSON
/// answer the document does not describe, fails the request that received it.
/// </summary>
public sealed class ApiContract
{
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static ApiContract? _loaded;
    private static int _schemas;

    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly List<(Regex Pattern, int Parameters, string Template)> _paths;
    private readonly ConcurrentDictionary<string, JsonSchema?> _compiled = new();

    /// <summary>How many answers were checked, so a test can tell the check ran.</summary>
    public static int Checked => _checked;
    private static int _checked;

    private ApiContract(JsonObject document)
    {
        _document = document;
        // OpenAPI keeps schemas under components; JSON Schema finds them under $defs.
        _definitions = JsonNode.Parse(document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!.AsObject();
        _paths = [.. document["paths"]!.AsObject().Select(p => (
            new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^}]+}", "[^/]+") + "$", RegexOptions.CultureInvariant),
            p.Key.Count(c => c == '{'), p.Key))
            .OrderBy(p => p.Item2)];
    }

    public static async Task<ApiContract> LoadAsync(Func<Task<string>> read)
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }
        await Loading.WaitAsync();
        try
        {
            return _loaded ??= new ApiContract(JsonNode.Parse(await read())!.AsObject());
        }
        finally
        {
            Loading.Release();
        }
    }

    /// <returns>null when the answer matches the document, else what is wrong with it.</returns>
    public string? Check(string method, string path, int status, string mediaType, string body)
    {
        Interlocked.Increment(ref _checked);
        var template = _paths.FirstOrDefault(p => p.Pattern.IsMatch(path)).Template;
        JsonNode schema;
        if (template is null || _document["paths"]![template]![method.ToLowerInvariant()] is not JsonObject operation)
        {
            // No operation lives here: the only right answer is a problem saying so.
            if (status is not (404 or 405) || mediaType != "application/problem+json")
            {
                return $"{method} {path}: no such operation in /openapi/v1.json, yet it answered {status} {mediaType}";
            }
            schema = new JsonObject { ["$ref"] = "#/components/schemas/ProblemDetails" };
            template = "(no operation)";
        }
        else
        {
            var responses = operation["responses"]!.AsObject();
            var response = responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? responses[$"{status / 100}XX"] ?? responses["default"];
            if (response?["content"]?[mediaType]?["schema"] is not JsonNode described)
            {
                return $"{method} {template} answered {status} {mediaType}, which the document does not describe";
            }
            schema = described;
        }
        var key = $"{method} {template} {status} {mediaType}";
        var compiled = _compiled.GetOrAdd(key, _ => Compile(schema));
        using var instance = JsonDocument.Parse(body);
        var result = compiled!.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return null;
        }
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")).Take(10);
        return $"{key}: the body does not match its schema:\n  {string.Join("\n  ", errors)}\n  body: {(body.Length > 600 ? body[..600] + "…" : body)}";
    }

    private JsonSchema Compile(JsonNode schema)
    {
        var root = JsonNode.Parse(schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!.AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = _definitions.DeepClone();
        var id = new Uri($"https://portal.test/contract/{Interlocked.Increment(ref _schemas)}");
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, id);
    }
}

/// <summary>Checks each answer of /api against the contract as the test client receives it.</summary>
internal sealed class ContractCheckingHandler(Func<Task<ApiContract>> contract) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri is { } uri && uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) && request.Method != HttpMethod.Head
            && response.Content.Headers.ContentType?.MediaType is ("application/json" or "application/problem+json") and { } mediaType)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > 0 && (await contract()).Check(request.Method.Method, uri.AbsolutePath, (int)response.StatusCode, mediaType, body) is { } problem)
            {
                throw new ApiContractViolation(problem);
            }
        }
        return response;
    }
}

public sealed class ApiContractViolation(string message) : Exception("The answer does not keep /openapi/v1.json: " + message);
