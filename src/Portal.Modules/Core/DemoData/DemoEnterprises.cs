using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Seeding;

namespace Portal.Modules.Core.DemoData;

/// <summary>
/// Fills an empty database with enterprises that look like the ones the seed regions inspect, with the obsolete
/// equipment of the 2019 产业结构调整指导目录 (eliminated class), so a newcomer sees a living portal. The names and codes
/// are invented; every credit code passes its GB 32100 check.
/// </summary>
public sealed class DemoEnterprises(PortalDbContext db, TimeProvider clock) : IDemoDataSource
{
    public int Order => 0;

    public Task SeedAsync(CancellationToken cancellationToken) => EnsureAsync(cancellationToken);

    private sealed record Line(string Name, string? Model, int Quantity, decimal Capacity, string Unit);

    private sealed record Sample(string Region, string Town, string Name, string Industry, EnterpriseSize Size, Ownership Ownership, Line[] Equipment);

    private static readonly Sample[] Samples =
    [
        new("220303", "铁东区北门街道", "四平市铁东区宏达水泥有限公司", "cement", EnterpriseSize.AboveScale, Ownership.Private,
            [new("机立窑", "Φ2.5×10m", 2, 8.8m, "万吨/年"), new("水泥粉磨设备（直径3米以下）", "Φ2.2×6.5m", 1, 12m, "万吨/年")]),
        new("220302", "铁西区地直街道", "四平市铁西区兴盛铸造有限公司", "steel", EnterpriseSize.BelowScale, Ownership.Private,
            [new("中频感应炉", "GW-5T", 3, 3m, "万吨/年")]),
        new("220322", "梨树县梨树镇", "梨树县金丰建材有限责任公司", "cement", EnterpriseSize.BelowScale, Ownership.Private,
            [new("湿法窑", "Φ3.0×88m", 1, 15m, "万吨/年")]),
        new("220323", "伊通满族自治县伊通镇", "伊通县鑫源玻璃制品有限公司", "flat-glass", EnterpriseSize.BelowScale, Ownership.Collective,
            [new("平拉工艺平板玻璃生产线", "日熔化量150吨", 1, 45m, "万重量箱/年")]),
        new("220382", "双辽市郑家屯街道", "双辽市华远铁合金有限公司", "ferroalloy", EnterpriseSize.AboveScale, Ownership.Private,
            [new("矿热电炉", "5000千伏安", 2, 1.6m, "万吨/年")]),
        new("220102", "南关区永吉街道", "长春市南关区长兴钢材加工厂", "steel", EnterpriseSize.BelowScale, Ownership.Private,
            [new("工频感应炉", "GW-3T", 2, 1.2m, "万吨/年")]),
        new("220113", "九台区营城街道", "长春市九台区营城煤矿有限责任公司", "coal", EnterpriseSize.AboveScale, Ownership.StateOwned,
            [new("炮采工作面", null, 1, 30m, "万吨/年")]),
        new("220122", "农安县农安镇", "农安县北方水泥有限公司", "cement", EnterpriseSize.AboveScale, Ownership.Private,
            [new("机立窑", "Φ3.0×11m", 1, 10m, "万吨/年")]),
        new("220184", "公主岭市岭东街道", "公主岭市宏源焦化有限公司", "coking", EnterpriseSize.AboveScale, Ownership.Private,
            [new("焦炉（炭化室高度小于4.3米）", "TJL4350D", 2, 40m, "万吨/年")]),
        new("220182", "榆树市华昌街道", "榆树市恒通钢铁有限公司", "steel", EnterpriseSize.AboveScale, Ownership.Private,
            [new("炼铁高炉（400立方米及以下）", "380m³", 1, 35m, "万吨/年"), new("转炉（30吨及以下）", "25t", 1, 30m, "万吨/年")]),
        new("220183", "德惠市胜利街道", "德惠市吉盛电石有限公司", "calcium-carbide", EnterpriseSize.BelowScale, Ownership.Private,
            [new("电石炉", "9000千伏安", 1, 2.5m, "万吨/年")]),
        new("220202", "昌邑区延安街道", "吉林市昌邑区江城建材有限公司", "cement", EnterpriseSize.BelowScale, Ownership.Private,
            [new("水泥粉磨设备（直径3米以下）", "Φ2.4×8m", 2, 20m, "万吨/年")]),
        new("220284", "磐石市东宁街道", "磐石市吉昌镍业有限公司", "nonferrous-metals", EnterpriseSize.AboveScale, Ownership.StateOwned,
            [new("镍冶炼鼓风炉", "10m²", 1, 0.5m, "万吨/年")]),
        new("220281", "蛟河市民主街道", "蛟河市新兴铁合金厂", "ferroalloy", EnterpriseSize.BelowScale, Ownership.Private,
            [new("矿热电炉", "6300千伏安以下", 1, 0.8m, "万吨/年")]),
        new("220402", "龙山区西宁街道", "辽源市龙山区金港水泥有限公司", "cement", EnterpriseSize.BelowScale, Ownership.Private,
            [new("机立窑", "Φ2.2×9m", 1, 4.4m, "万吨/年")]),
        new("220581", "梅河口市新华街道", "梅河口市通达钢铁有限公司", "steel", EnterpriseSize.AboveScale, Ownership.Private,
            [new("炼铁高炉（400立方米及以下）", "350m³", 2, 60m, "万吨/年")]),
        new("220602", "浑江区红旗街道", "白山市浑江区华亿煤业有限公司", "coal", EnterpriseSize.BelowScale, Ownership.Private,
            [new("非机械化开采生产线", null, 1, 9m, "万吨/年")]),
        new("220702", "宁江区民主街道", "松原市宁江区远东玻璃有限公司", "flat-glass", EnterpriseSize.AboveScale, Ownership.ForeignOwned,
            [new("平拉工艺平板玻璃生产线", "日熔化量200吨", 1, 60m, "万重量箱/年")]),
        new("220802", "洮北区新华街道", "白城市洮北区北方铝业有限公司", "electrolytic-aluminium", EnterpriseSize.AboveScale, Ownership.StateOwned,
            [new("预焙槽（100千安及以下）", "90kA", 48, 3.2m, "万吨/年")]),
        new("222403", "敦化市胜利街道", "敦化市长白水泥有限公司", "cement", EnterpriseSize.AboveScale, Ownership.Private,
            [new("湿法窑", "Φ3.5×145m", 1, 25m, "万吨/年")]),
        new("210100", "沈阳市铁西区", "沈阳北方重型铸钢有限公司", "steel", EnterpriseSize.AboveScale, Ownership.StateOwned,
            [new("转炉（30吨及以下）", "20t", 2, 40m, "万吨/年")]),
        new("210300", "鞍山市立山区", "鞍山市立山区宏运耐材有限公司", "steel", EnterpriseSize.BelowScale, Ownership.Private,
            [new("中频感应炉", "GW-2T", 2, 0.9m, "万吨/年")]),
        new("211200", "铁岭市银州区", "铁岭市银州区金石水泥有限公司", "cement", EnterpriseSize.BelowScale, Ownership.Private,
            [new("机立窑", "Φ2.8×10m", 1, 8m, "万吨/年")]),
        new("533401", "香格里拉市建塘镇", "香格里拉市高原黄磷化工有限公司", "yellow-phosphorus", EnterpriseSize.BelowScale, Ownership.Private,
            [new("黄磷电炉", "6000千伏安", 1, 0.3m, "万吨/年")]),
        new("533422", "德钦县升平镇", "德钦县梅里矿业有限公司", "nonferrous-metals", EnterpriseSize.BelowScale, Ownership.Collective,
            [new("铜矿采选生产线", "日处理300吨", 1, 9m, "万吨/年")]),
        new("533423", "维西傈僳族自治县保和镇", "维西县澜沧江铁合金有限公司", "ferroalloy", EnterpriseSize.BelowScale, Ownership.Private,
            [new("矿热电炉", "3200千伏安", 2, 0.6m, "万吨/年")]),
        new("220303", "铁东区山门镇", "四平市铁东区山门焦化有限公司", "coking", EnterpriseSize.BelowScale, Ownership.Private,
            [new("焦炉（炭化室高度小于4.3米）", "JN43", 1, 20m, "万吨/年")]),
        new("220322", "梨树县郭家店镇", "梨树县郭家店钢铁铸件厂", "steel", EnterpriseSize.BelowScale, Ownership.Private,
            [new("工频感应炉", "GW-1.5T", 2, 0.6m, "万吨/年")]),
    ];

    public async Task<int> EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Enterprises.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < Samples.Length; i++)
        {
            var s = Samples[i];
            db.Enterprises.Add(new Enterprise
            {
                CreditCode = CodeFor(s.Region, i),
                Name = s.Name,
                Address = s.Town + AddressNumber(i),
                RegionCode = s.Region,
                IndustryCode = s.Industry,
                Size = s.Size,
                Ownership = s.Ownership,
                State = EnterpriseState.Operating,
                CreatedAt = now,
                UpdatedAt = now,
                Equipment = s.Equipment.Select((q, n) => new Equipment
                {
                    Name = q.Name, Model = q.Model, Quantity = q.Quantity, Capacity = q.Capacity, CapacityUnit = q.Unit, SortOrder = n,
                }).ToList(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return Samples.Length;
    }

    private static string AddressNumber(int i) => $"{(i * 37 % 180) + 1}号";

    /// <summary>91 (market regulation, enterprise), the region, an organisation code of MA plus seven characters, then the check character.</summary>
    internal static string CodeFor(string region, int seed)
    {
        var body = new char[7];
        var x = (uint)(seed * 2654435761u + 97);
        for (var k = 0; k < body.Length; k++)
        {
            x = x * 1103515245u + 12345u;
            body[k] = CreditCode.Alphabet[(int)(x >> 16) % CreditCode.Alphabet.Length];
        }
        var first17 = "91" + region + "MA" + new string(body);
        return first17 + CreditCode.CheckCharacterFor(first17);
    }
}
