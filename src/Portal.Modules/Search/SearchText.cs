namespace Portal.Modules.Search;

/// <summary>The Search module's Chinese text, in one place.</summary>
public static class SearchText
{
    public const string AdminTitle = "全文检索索引";
    public const string State = "状态";
    public const string StateReady = "可用";
    public const string StateBuilding = "正在建立";
    public const string StateMissing = "尚未建立（检索暂由数据库直接查询）";
    public const string Generation = "索引代次";
    public const string Documents = "已索引公告";
    public const string FileSize = "索引目录大小";
    public const string Cursor = "已处理的索引任务";
    public const string LatestTask = "最新索引任务";
    public const string BuiltAt = "建立时间";
    public const string Progress = "重建进度";
    public const string LastCheck = "最近一次核对";
    public const string CheckSummary = "核对 {0} 条，补录 {1} 条，更新 {2} 条，删除 {3} 条";
    public const string NeverChecked = "本次启动后尚未核对（每日凌晨自动核对）";
    public const string Rebuild = "重建索引";
    public const string RebuildHint = "在旁边建立新的索引文件，建好后替换；重建期间检索照常使用现有索引。";
    public const string Check = "立即核对";
    public const string CheckHint = "逐条比对数据库与索引，修复遗漏或过期的条目。";
    public const string RebuildStarted = "已开始重建索引。";
    public const string RebuildRunning = "索引正在重建，请等待完成后再试。";
    public const string BuildFailed = "重建失败：{0}";
    public const string Refresh = "刷新";
}
