using System.Net;
using System.Net.Http.Json;
using Portal.Modules.Core.Enterprises;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Registers enterprises through the API, as an administrator would, for tests that publish about them.</summary>
public static class Enterprises
{
    public static string NewCode(string region)
    {
        var body = "91" + region + "MA" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..7].Replace('I', '1').Replace('O', '0');
        return body + CreditCode.CheckCharacterFor(body);
    }

    public static async Task<string> RegisterAsync(this PortalFactory portal, string region, string industry = "cement", string? name = null)
    {
        var code = NewCode(region);
        using var admin = await portal.AdminClientAsync();
        var response = await admin.PutAsJsonAsync($"/api/v1/enterprises/{code}", new
        {
            name = name ?? $"测试{region}水泥有限公司{code[^4..]}",
            address = "测试街道 8 号",
            regionCode = region,
            industry,
            equipment = new[] { new { name = "机立窑", model = "Φ2.5×10m", quantity = 1, capacity = 8.8m, capacityUnit = "万吨/年" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    /// <summary>Today in China, the date a Chinese user would type.</summary>
    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
