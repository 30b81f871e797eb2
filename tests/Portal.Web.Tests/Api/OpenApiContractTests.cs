using System.Text.Json;
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
}
