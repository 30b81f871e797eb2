namespace Portal.Web.Tests.Disclosure;

/// <summary>Request bodies of the announcement API, as a department system would send them.</summary>
public static class Announcements
{
    public static Dictionary<string, object?> EnergyRectification(string creditCode, string inspected = "2025-09-26", string deadline = "2026-03-20") => new()
    {
        ["list"] = "rectification",
        ["stage"] = "notice",
        ["dimension"] = "energy",
        ["enterpriseCreditCode"] = creditCode,
        ["inspectionCompletedOn"] = inspected,
        ["deadline"] = deadline,
        ["documentNumber"] = "测工信节监〔2025〕1号",
        ["requirements"] = "实施节能技术改造，整改完成后申请复查。",
        ["indicators"] = new object[]
        {
            new { name = "可比熟料综合煤耗", measured = 128.5m, limit = 117m, unit = "kgce/t", standard = "GB 16780-2021" },
            new { name = "可比水泥综合电耗", measured = 96m, limit = 88m, unit = "kWh/t" },
        },
    };

    public static Dictionary<string, object?> ForcedExit(string creditCode, int? noticeId, string dimension = "energy") => new()
    {
        ["list"] = "forced-exit",
        ["dimension"] = dimension,
        ["enterpriseCreditCode"] = creditCode,
        ["inspectionCompletedOn"] = "2026-04-10",
        ["noticeId"] = noticeId,
        ["failedItems"] = "可比熟料综合煤耗超过限额标准。",
        ["unrectified"] = "整改期满未完成节能改造，复查仍不达标。",
        ["basis"] = "《中华人民共和国节约能源法》。",
        ["completion"] = "生产线已关停，主要设备已拆除，已停止供电。",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value) =>
        new(body) { [key] = value };

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string key)
    {
        var copy = new Dictionary<string, object?>(body);
        copy.Remove(key);
        return copy;
    }
}
