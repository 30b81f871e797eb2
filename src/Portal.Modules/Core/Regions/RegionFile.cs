using System.Text;

namespace Portal.Modules.Core.Regions;

public sealed record RegionRecord(string Code, string Name, string? ParentCode, RegionLevel Level);

/// <summary>
/// Reads a GB/T 2260 list: one region a line, "code,name" or "code,name,parentCode", '#' starts a comment.
/// Without a parent column the parent follows from the code, so the national list as published by the
/// Ministry of Civil Affairs (code and name only) loads as it is.
/// </summary>
public static class RegionFile
{
    public static IReadOnlyList<RegionRecord> Parse(TextReader reader)
    {
        var rows = new List<(string Code, string Name, string? Parent)>();
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            var parts = text.Split([',', '\t'], StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !IsCode(parts[0]) || parts[1].Length == 0)
            {
                throw new FormatException($"行政区划文件第 {lineNumber} 行格式应为“代码,名称[,上级代码]”：{text}");
            }
            var parent = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
            if (parent is not null && !IsCode(parent))
            {
                throw new FormatException($"行政区划文件第 {lineNumber} 行的上级代码无效：{parent}");
            }
            rows.Add((parts[0], parts[1], parent));
        }

        var known = rows.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        return rows.Select(r => new RegionRecord(r.Code, r.Name, r.Parent ?? InferParent(r.Code, known), LevelOf(r.Code))).ToList();
    }

    public static IReadOnlyList<RegionRecord> Parse(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    public static bool IsCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    public static RegionLevel LevelOf(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
        : code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.City
        : RegionLevel.County;

    private static string? InferParent(string code, HashSet<string> known)
    {
        var province = code[..2] + "0000";
        return LevelOf(code) switch
        {
            RegionLevel.Province => null,
            RegionLevel.City => province,
            // Counties governed directly by the province (直辖县级行政区) have no city of their own.
            _ => known.Contains(code[..4] + "00") ? code[..4] + "00" : province,
        };
    }
}
