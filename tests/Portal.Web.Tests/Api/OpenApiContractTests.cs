using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

/// <summary>What a program generating a client from /openapi/v1.json needs: right bodies, the way to sign in, multipart where files go.</summary>
[Collection(PortalCollection.Name)]
public class OpenApiContractTests(Portals portals)
{
    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await portals["Sqlite"].CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

    private static JsonElement Schema(JsonElement document, JsonElement reference) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetProperty("$ref").GetString()!.Split('/')[^1]);

    [Fact]
    public async Task Each_request_body_has_its_own_schema_so_opening_a_staff_account_documents_the_accounts_fields()
    {
        var document = await DocumentAsync();
        var body = document.GetProperty("paths").GetProperty("/api/v1/staff/users").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var properties = Schema(document, body).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("userName", properties);
        Assert.Contains("password", properties);
        Assert.Contains("role", properties);
        Assert.DoesNotContain("Command", document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name));
    }

    [Fact]
    public async Task Operations_for_staff_name_the_bearer_token_and_public_ones_do_not()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        bool Secured(string path, string method) =>
            document.GetProperty("paths").GetProperty(path).GetProperty(method).TryGetProperty("security", out var security)
            && security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _));
        Assert.True(Secured("/api/v1/staff/users", "post"));
        Assert.True(Secured("/api/v1/announcements", "post"));
        Assert.False(Secured("/api/v1/announcements", "get"));
        Assert.False(Secured("/api/v1/reports", "post"));
    }

    [Fact]
    public async Task Filing_a_report_is_documented_as_the_multipart_form_a_browser_sends_with_its_files()
    {
        var content = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/v1/reports").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal(["multipart/form-data"], content.EnumerateObject().Select(c => c.Name));
    }

    [Fact]
    public async Task The_document_is_valid_OpenAPI_3_1_to_an_independent_validator()
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, await portals["Sqlite"].CreateClient().GetStringAsync("/openapi/v1.json"));
        try
        {
            // Debian's python3-jsonschema with the OpenAPI Initiative's own schema of 3.1 documents: not the library that wrote it.
            var schema = Path.Combine(AppContext.BaseDirectory, "TestData", "openapi-3.1-schema.json");
            var (exit, output) = await RunPythonAsync("""
                import json, sys, jsonschema
                schema, document = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
                validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
                errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
                broken = dict(document, info={})
                print("\n".join(errors) or "valid", "| a document without its title and version:", "refused" if not validator.is_valid(broken) else "accepted")
                """, schema, path);
            Assert.True(exit == 0, output);
            Assert.Equal("valid | a document without its title and version: refused", output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Every_operation_documents_its_success_body_its_problems_and_the_values_its_choices_take()
    {
        var document = await DocumentAsync();
        var missing = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                if (success.Count == 0)
                {
                    missing.Add($"{name}: no success response");
                }
                missing.AddRange(success.Where(r => r.Name is not ("202" or "204") && !r.Value.TryGetProperty("content", out _)).Select(r => $"{name}: {r.Name} without a body"));
                if (!responses.TryGetProperty("default", out var fallback) || !fallback.GetProperty("content").TryGetProperty("application/problem+json", out _))
                {
                    missing.Add($"{name}: no problem for what else goes wrong");
                }
                if (operation.Value.TryGetProperty("security", out _) && !(responses.TryGetProperty("401", out _) && responses.TryGetProperty("403", out _)))
                {
                    missing.Add($"{name}: secured, but 401 or 403 is not documented");
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));

        var list = document.GetProperty("paths").GetProperty("/api/v1/announcements").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "list");
        Assert.Equal(["violation", "elimination", "rectification", "forced-exit", "compliant", null],
            list.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()));
        var problem = document.GetProperty("paths").GetProperty("/api/v1/announcements/{id}").GetProperty("get").GetProperty("responses").GetProperty("404");
        Assert.Equal("#/components/schemas/ProblemDetails", problem.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task The_check_every_test_client_makes_refuses_a_body_that_breaks_its_schema()
    {
        var portal = portals["Sqlite"];
        using var client = portal.CreateClient();
        var body = await client.GetStringAsync("/api/v1/announcements?pageSize=1");
        var contract = await ApiContract.LoadAsync(() => client.GetStringAsync("/openapi/v1.json"));
        Assert.Null(contract.Check("GET", "/api/v1/announcements", 200, "application/json", body));
        var broken = body.Replace("\"total\":", "\"total\":\"many\",\"x\":", StringComparison.Ordinal);
        Assert.Contains("/total", contract.Check("GET", "/api/v1/announcements", 200, "application/json", broken));
        Assert.Contains("does not describe", contract.Check("GET", "/api/v1/announcements", 418, "application/json", "{}"));
        var missingTitle = contract.Check("POST", "/api/v1/announcements/1/publish", 200, "application/json", "{}");
        Assert.NotNull(missingTitle);
    }

    [Fact]
    public async Task The_interactive_reference_at_api_docs_shows_the_operations_under_the_sites_own_policy()
    {
        await using var portal = new PortalFactory("Sqlite", null, demoData: false);
        var address = portal.StartKestrel();
        using var http = new HttpClient();
        var page = await http.GetAsync(address + "/api-docs/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain("nonce", (await http.GetAsync(address + "/lists/rectification")).Headers.GetValues("Content-Security-Policy").Single());

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var tab = await browser.NewPageAsync();
            var refused = new List<string>();
            tab.Console += (_, message) =>
            {
                if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    refused.Add(message.Text);
                }
            };
            var outside = new List<string>();
            tab.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(address, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    outside.Add(request.Url);
                }
            };
            await tab.GotoAsync(address + "/api-docs/");
            // The document's own title and the first group's operations, drawn from /openapi/v1.json by the reference's script.
            await tab.GetByText("落后产能退出信息公开平台 开放数据与工作接口").First.WaitForAsync(new() { Timeout = 20_000 });
            await tab.GetByText("/api/v1/admin/jobs/{name}/run").First.WaitForAsync();
            Assert.Empty(refused);
            Assert.Empty(outside);
        }
    }

    private static async Task<(int Exit, string Output)> RunPythonAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", script, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }
}
