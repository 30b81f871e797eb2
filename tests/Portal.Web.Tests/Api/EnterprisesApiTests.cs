using System.Net;
using System.Net.Http.Json;
using Portal.Modules.Core.Enterprises;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Api;

[Collection(PortalCollection.Name)]
public class EnterprisesApiTests(Portals portals)
{
    private static string NewCode(string region)
    {
        var body = "91" + region + "MA" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..7].Replace('I', '1').Replace('O', '0');
        return body + CreditCode.CheckCharacterFor(body);
    }

    private static object Cement(string region = "220303") => new
    {
        name = "四平市铁东区测试水泥有限公司",
        address = "四平市铁东区北门街道 1 号",
        regionCode = region,
        industry = "cement",
        size = "below-scale",
        ownership = "private",
        equipment = new[] { new { name = "机立窑", model = "Φ2.5×10m", quantity = 2, capacity = 8.8m, capacityUnit = "万吨/年" } },
    };

    [Theory, BothDatabases]
    public async Task An_editor_records_an_enterprise_and_the_public_reads_it(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var code = NewCode("220303");
        await (await editor.Client.PutAsJsonAsync($"/api/v1/enterprises/{code}", Cement())).JsonAsync(HttpStatusCode.Created);

        using var anonymous = portal.CreateClient();
        var enterprise = await (await anonymous.GetAsync($"/api/v1/enterprises/{code}")).JsonAsync();
        Assert.Equal("四平市铁东区测试水泥有限公司", enterprise.GetProperty("name").GetString());
        Assert.Equal("cement", enterprise.GetProperty("industry").GetString());
        Assert.Equal("吉林省四平市铁东区", enterprise.GetProperty("regionName").GetString());
        var equipment = Assert.Single(enterprise.GetProperty("equipment").EnumerateArray());
        Assert.Equal("机立窑", equipment.GetProperty("name").GetString());
        Assert.Equal(8.8m, equipment.GetProperty("capacity").GetDecimal());
        Assert.Equal("万吨/年", equipment.GetProperty("capacityUnit").GetString());
        Assert.Equal(0, enterprise.GetProperty("history").GetArrayLength());
    }

    [Theory, BothDatabases]
    public async Task A_second_put_updates_and_replaces_the_equipment(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220300", "industry");
        var code = NewCode("220303");
        await (await editor.Client.PutAsJsonAsync($"/api/v1/enterprises/{code}", Cement())).JsonAsync(HttpStatusCode.Created);
        await (await editor.Client.PutAsJsonAsync($"/api/v1/enterprises/{code}", new
        {
            name = "四平市铁东区测试水泥有限公司", address = "新地址 2 号", regionCode = "220303", industry = "cement", state = "stopped",
            equipment = new[] { new { name = "湿法窑", model = (string?)null, quantity = 1, capacity = 15m, capacityUnit = "万吨/年" } },
        })).JsonAsync(HttpStatusCode.OK);
        using var anonymous = portal.CreateClient();
        var enterprise = await (await anonymous.GetAsync($"/api/v1/enterprises/{code}")).JsonAsync();
        Assert.Equal("新地址 2 号", enterprise.GetProperty("address").GetString());
        Assert.Equal("stopped", enterprise.GetProperty("state").GetString());
        Assert.Equal("湿法窑", Assert.Single(enterprise.GetProperty("equipment").EnumerateArray()).GetProperty("name").GetString());
    }

    [Theory, BothDatabases]
    public async Task A_wrong_check_character_is_a_400_that_names_the_expected_one(string db)
    {
        using var anonymous = portals[db].CreateClient();
        var problem = await (await anonymous.GetAsync("/api/v1/enterprises/91220102MA0Y7K2L5X")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("T", problem.GetProperty("expectedCheckCharacter").GetString());
        Assert.Contains("“T”", problem.GetProperty("detail").GetString());
    }

    [Theory, BothDatabases]
    public async Task An_editor_cannot_store_a_bad_code_and_nothing_is_stored(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var problem = await (await editor.Client.PutAsJsonAsync("/api/v1/enterprises/91220302MA17H4QD08", Cement())).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("7", problem.GetProperty("expectedCheckCharacter").GetString());
        using var anonymous = portal.CreateClient();
        await (await anonymous.GetAsync("/api/v1/enterprises/91220302MA17H4QD07")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task An_unknown_valid_code_is_a_404(string db)
    {
        using var anonymous = portals[db].CreateClient();
        await (await anonymous.GetAsync("/api/v1/enterprises/91533401MA6N3R8P48")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task Bad_fields_are_listed_one_by_one(string db)
    {
        var portal = portals[db];
        var editor = await portal.CreateStaffAsync("editor", "220303", "industry");
        var problem = await (await editor.Client.PutAsJsonAsync($"/api/v1/enterprises/{NewCode("220303")}", new
        {
            name = "", address = "某地", regionCode = "123456", industry = "textiles", size = "huge",
            equipment = new[] { new { name = "机立窑", quantity = 0, capacity = -1m, capacityUnit = "" } },
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "regionCode", "industry", "size", "equipment[0].quantity", "equipment[0].capacity", "equipment[0].capacityUnit" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
    }

    [Theory, BothDatabases]
    public async Task An_editor_of_another_county_cannot_record_an_enterprise_here(string db)
    {
        var portal = portals[db];
        var elsewhere = await portal.CreateStaffAsync("editor", "220322", "industry");
        await (await elsewhere.Client.PutAsJsonAsync($"/api/v1/enterprises/{NewCode("220303")}", Cement("220303"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var handler = await portal.CreateStaffAsync("handler", "220303", "industry");
        await (await handler.Client.PutAsJsonAsync($"/api/v1/enterprises/{NewCode("220303")}", Cement("220303"))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
