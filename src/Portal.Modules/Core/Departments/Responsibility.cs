namespace Portal.Modules.Core.Departments;

/// <summary>The five standards an inspection checks (docs/api.md `dimension`).</summary>
public static class Dimensions
{
    public const string Energy = "energy";
    public const string Environment = "environment";
    public const string Quality = "quality";
    public const string Safety = "safety";
    public const string Technology = "technology";

    public static readonly IReadOnlyList<string> All = [Energy, Environment, Quality, Safety, Technology];
}

/// <summary>
/// Which department kind answers for what. From 000_6ff842427b64bf71.txt (吉林省推动落后产能退出部门协同制度):
/// 工信 leads for manufacturing and 发改/能源 for coal and power; each standard is enforced by its own
/// department (节约能源法 → 工信, 环境保护法 → 生态环境, 产品质量法 → 市场监管, 安全生产法 → 应急管理), and
/// obsolete technology (产业结构调整指导目录 淘汰类) falls to the lead department of the industry.
/// </summary>
public static class Responsibility
{
    public static string DepartmentForDimension(string dimension, string industryLeadKind) => dimension switch
    {
        Dimensions.Energy => DepartmentKinds.Industry,
        Dimensions.Environment => DepartmentKinds.Environment,
        Dimensions.Quality => DepartmentKinds.Market,
        Dimensions.Safety => DepartmentKinds.Emergency,
        Dimensions.Technology => industryLeadKind,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "未知的检查维度"),
    };

    public static bool IsDimension(string? value) => value is not null && Dimensions.All.Contains(value);
}
