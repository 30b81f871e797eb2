using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Portal.Modules.Core.Enterprises;

namespace Portal.Search.Benchmarks;

/// <summary>
/// Writes realistic announcements straight into the portal's SQLite database (raw inserts: a million through the
/// API would measure the API). Enterprises get place-name-and-brand names, each announcement a list-specific text of
/// about 200 characters built from the phrases real notices use.
/// </summary>
public static class DemoCorpus
{
    private static readonly string[] Brands = ["鑫达", "宏昌", "华晟", "金鼎", "恒通", "永兴", "天瑞", "东方", "北辰", "长城", "瑞丰", "兴隆", "盛世", "振华", "新亚", "龙腾", "三友", "国泰", "佳和", "福源", "建业", "凯达", "中联", "四海", "远大", "信义", "明珠", "开元", "正大", "昌盛"];
    private static readonly (string Code, string Word, string[] Equipment, string[] Indicators)[] Industries =
    [
        ("steel", "钢铁", ["450立方米以下高炉", "30吨以下转炉", "工频感应炉", "中频感应炉"], ["高炉工序能耗", "转炉工序能耗", "颗粒物排放浓度"]),
        ("cement", "水泥", ["机立窑", "直径3米以下水泥粉磨装备", "湿法窑"], ["可比熟料综合煤耗", "可比水泥综合电耗", "氮氧化物排放浓度"]),
        ("flat-glass", "平板玻璃", ["平拉工艺平板玻璃生产线", "格法平板玻璃生产线"], ["平板玻璃单位产品能耗", "二氧化硫排放浓度"]),
        ("electrolytic-aluminium", "电解铝", ["160千安以下预焙槽", "自焙槽"], ["铝液交流电耗", "氟化物排放浓度"]),
        ("coking", "焦化", ["土法炼焦", "炭化室高度4.3米以下焦炉"], ["焦炭单位产品能耗", "苯并芘排放浓度"]),
        ("ferroalloy", "铁合金", ["6300千伏安以下矿热炉", "半封闭直流还原电炉"], ["硅铁单位产品电耗"]),
        ("calcium-carbide", "电石", ["10000千伏安以下电石炉", "开放式电石炉"], ["电石单位产品综合能耗"]),
        ("coal", "煤炭", ["9万吨以下煤矿", "炮采工作面"], ["原煤生产综合能耗"]),
        ("paper", "造纸", ["3.4万吨以下草浆生产装置", "1575毫米以下造纸机"], ["化学需氧量排放浓度"]),
        ("printing-dyeing", "印染", ["落后型号印染前处理设备", "浴比大于1:10的间歇式染色设备"], ["单位产品取水量"]),
        ("nonferrous-metals", "有色金属", ["鼓风炉炼铅", "反射炉炼铜"], ["铅冶炼综合能耗"]),
    ];
    private static readonly (string List, string Stage, string Dimension, string Title)[] Kinds =
    [
        ("Rectification", "Notice", "energy", "关于{0}限期整改的公示"),
        ("Rectification", "Result", "environment", "关于{0}整改完成情况的公告"),
        ("Violation", "Notice", "quality", "关于{0}违法违规建设生产的公示"),
        ("Elimination", "Notice", "technology", "关于{0}淘汰落后生产设备的公示"),
        ("Elimination", "Result", "technology", "关于{0}落后产能淘汰完成的公告"),
        ("ForcedExit", "Result", "safety", "关于{0}依法关停退出的公告"),
        ("Compliant", "Notice", "energy", "关于{0}能耗达标的公示"),
    ];
    private static readonly string[] Phrases =
    [
        "经现场检查，该企业{1}仍在生产，{2}超过国家限额标准，", "未按期完成整改，复查仍不达标，", "擅自恢复生产已列入淘汰名单的{1}，",
        "存在未批先建、批建不符等问题，", "环境保护设施未正常运行，超标排放污染物，", "安全生产条件不符合国家标准，",
        "依据《中华人民共和国节约能源法》和《产业结构调整指导目录》，", "责令企业于期限内完成节能技术改造，", "对{1}实施拆除，并断水断电，",
        "由所在地人民政府组织验收，", "整改期间停止超标生产，接受社会监督，", "产品质量抽查不合格，责令停止生产销售，",
    ];

    /// <param name="Rare">The enterprise's brand and trade (鑫达宏钢铁): a term a few hundred announcements in a million share.</param>
    public sealed record Row(string CreditCode, string Name, string Text, string Rare);

    /// <summary>
    /// Inserts <paramref name="count"/> published announcements and their enterprises (one for every five announcements)
    /// into the register; returns a sample of credit codes and names to query.
    /// </summary>
    public static List<Row> Write(string databasePath, int count, IReadOnlyList<(string Code, string Name, string Path)> counties, int unitId, int seed = 20261122)
    {
        var random = new Random(seed);
        var samples = new List<Row>();
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            pragma.ExecuteNonQuery();
        }
        var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Announcements (List, Stage, Status, Level, RegionCode, UnitId, DepartmentKindCode, PublisherName, Dimension,
                EnterpriseId, EnterpriseCreditCode, EnterpriseName, EnterpriseAddress, EnterpriseRegionCode, EnterpriseRegionPath, IndustryCode,
                Title, DocumentNumber, IndexNumber, InspectionCompletedOn, PublicationDueOn, Deadline, PublishAt, PublishedOn, Version, Body,
                CreatedAt, CreatedBy, UpdatedAt)
            VALUES ($list, $stage, 'Published', 'County', $region, $unit, 'industry', $publisher, $dimension,
                $enterprise, $code, $name, $address, $region, $path, $industry,
                $title, $docno, $indexno, $inspected, $due, $deadline, $at, $on, 1, $body, $at, 'benchmark', $at)
            """;
        foreach (var name in new[] { "$list", "$stage", "$region", "$unit", "$publisher", "$dimension", "$enterprise", "$code", "$name", "$address", "$path", "$industry", "$title", "$docno", "$indexno", "$inspected", "$due", "$deadline", "$at", "$on", "$body" })
        {
            insert.Parameters.Add(new SqliteParameter(name, null));
        }
        insert.Prepare();
        using var register = connection.CreateCommand();
        register.Transaction = transaction;
        register.CommandText = """
            INSERT INTO Enterprises (CreditCode, Name, Address, RegionCode, IndustryCode, Size, State, Ownership, CreatedAt, UpdatedAt)
            VALUES ($code, $name, $address, $region, $industry, 'AboveScale', 'Operating', 'Private', '2016-06-01 00:00:00', '2016-06-01 00:00:00')
            RETURNING Id
            """;
        foreach (var name in new[] { "$code", "$name", "$address", "$region", "$industry" })
        {
            register.Parameters.Add(new SqliteParameter(name, null));
        }
        var enterpriseId = 0L;
        var enterprise = (Code: "", Name: "", Address: "", County: counties[0], Industry: 0, Rare: "");
        var start = new DateTime(2017, 1, 1, 1, 30, 0, DateTimeKind.Utc);
        var span = (new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc) - start).TotalMinutes;
        for (var i = 0; i < count; i++)
        {
            if (i % 5 == 0)
            {
                var county = counties[random.Next(counties.Count)];
                var industry = random.Next(Industries.Length);
                var body = "91" + county.Code + "MA" + RandomAlnum(random, 7);
                var brand = Brands[random.Next(Brands.Length)] + Brands[random.Next(Brands.Length)][..1];
                enterprise = (body + CreditCode.CheckCharacterFor(body), $"{county.Name}{brand}{Industries[industry].Word}有限公司",
                    $"{county.Name}{Brands[random.Next(Brands.Length)]}路{random.Next(1, 999)}号", county, industry, brand + Industries[industry].Word);
                var r = register.Parameters;
                r["$code"].Value = enterprise.Code;
                r["$name"].Value = enterprise.Name;
                r["$address"].Value = enterprise.Address;
                r["$region"].Value = county.Code;
                r["$industry"].Value = Industries[industry].Code;
                enterpriseId = (long)register.ExecuteScalar()!;
            }
            var kind = Kinds[random.Next(Kinds.Length)];
            var ind = Industries[enterprise.Industry];
            var equipment = ind.Equipment[random.Next(ind.Equipment.Length)];
            var indicator = ind.Indicators[random.Next(ind.Indicators.Length)];
            var text = string.Concat(Enumerable.Range(0, 6).Select(_ => string.Format(CultureInfo.InvariantCulture, Phrases[random.Next(Phrases.Length)], enterprise.Name, equipment, indicator)));
            var at = start.AddMinutes(random.NextDouble() * span);
            var on = DateOnly.FromDateTime(at.AddHours(8));
            var p = insert.Parameters;
            p["$list"].Value = kind.List;
            p["$stage"].Value = kind.Stage;
            p["$region"].Value = enterprise.County.Code;
            p["$unit"].Value = unitId;
            p["$publisher"].Value = $"{enterprise.County.Name}工业和信息化局";
            p["$dimension"].Value = kind.Dimension;
            p["$enterprise"].Value = enterpriseId;
            p["$code"].Value = enterprise.Code;
            p["$name"].Value = enterprise.Name;
            p["$address"].Value = enterprise.Address;
            p["$path"].Value = enterprise.County.Path;
            p["$industry"].Value = ind.Code;
            p["$title"].Value = string.Format(CultureInfo.InvariantCulture, kind.Title, enterprise.Name);
            p["$docno"].Value = $"{enterprise.County.Name[..1]}工信发〔{on.Year}〕{i % 997 + 1}号";
            p["$indexno"].Value = $"{enterprise.County.Code}-01/{on.Year}-{i:D7}";
            p["$inspected"].Value = on.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["$due"].Value = on.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["$deadline"].Value = on.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["$at"].Value = at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            p["$on"].Value = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["$body"].Value = JsonSerializer.Serialize(new
            {
                violations = text,
                requirements = $"责令{enterprise.Name}限期拆除{equipment}。",
                equipment = new[] { new { name = equipment, model = (string?)null, quantity = 1, capacity = 10m, capacityUnit = "万吨/年" } },
            }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            insert.ExecuteNonQuery();
            if (i % Math.Max(1, count / 20) == 7)
            {
                samples.Add(new Row(enterprise.Code, enterprise.Name, text, enterprise.Rare));
            }
            if (i % 100_000 == 99_999)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
                register.Transaction = transaction;
            }
        }
        transaction.Commit();
        transaction.Dispose();
        return samples;
    }

    private static string RandomAlnum(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => CreditCode.Alphabet[random.Next(CreditCode.Alphabet.Length)]).ToArray());
}
