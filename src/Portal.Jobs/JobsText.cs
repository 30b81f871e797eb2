namespace Portal.Jobs;

/// <summary>Every Chinese string of the jobs page and API, in one place.</summary>
public static class JobsText
{
    public const string PageTitle = "后台任务";
    public const string RoutingTitle = "举报分办";
    public const string ImportTitle = "企业批量导入";
    public const string ImportDescription = "把编辑确认的企业表格分批写入企业名录，并记录进度。";
    public const string Imported = "写入 {0} 家企业";
    public const string RoutingDescription = "把新收到的举报按规则分派到责任单位的待办队列。";
    public const string SweepTitle = "期限巡检";
    public const string SweepDescription = "按工作日历计算各项期限，生成到期提醒、逾期督办邮件和信用推送记录。";
    public const string MailTitle = "邮件发送";
    public const string MailDescription = "发送邮件发件箱中的待发邮件，失败时逐次延长间隔重试。";
    public const string CreditTitle = "信用信息推送";
    public const string CreditDescription = "把未按期退出、整改或拒不整改的企业信息推送至信用平台，并推送后续处置。";
    public const string SearchTitle = "检索索引";
    public const string SearchDescription = "本节点的全文检索索引追上最新内容（每个节点各自维护索引）。";

    public const string JobNotFound = "没有名为“{0}”的后台任务。可用任务：{1}。";
    public const string StillRunning = "任务“{0}”已开始，但在 {1} 秒内未结束，请稍后在后台任务页查看结果。";
    public const string Succeeded = "成功";
    public const string Failed = "失败";
    public const string Skipped = "无需处理";
    public const string Cancelled = "已取消";
    public const string RunNow = "立即运行";
    public const string Ran = "已运行“{0}”：{1}";
    public const string NeverRan = "尚未运行";

    /// <summary>This node's index as the jobs page says it: current, behind by so many changes, building or missing.</summary>
    public static string IndexState(string state, long cursor, long latest, int documents) => state switch
    {
        "building" => "本节点索引正在重建",
        "missing" => "本节点尚无索引，正在从数据库回答查询",
        _ when cursor >= latest => $"本节点索引已是最新（{documents} 条）",
        _ => $"本节点索引落后 {latest - cursor} 项更改，正在追赶",
    };
    public const string NotScheduled = "未排入计划";
    public const string EveryNode = "每个节点";
    public const string Interval = "每 {0}";
    public const string ColumnName = "任务";
    public const string ColumnSchedule = "周期";
    public const string ColumnNext = "下次运行";
    public const string ColumnLast = "上次运行";
    public const string ColumnResult = "结果";
    public const string ColumnNode = "节点";
    public const string HistoryTitle = "最近运行记录";
    public const string Manual = "手动";
    public const string Seconds = "{0:0} 秒";
    public const string Minutes = "{0:0.#} 分钟";
    public const string Hours = "{0:0.#} 小时";
    public const string StoreMemory = "任务存储：Hangfire 内存存储（单节点）";
    public const string StorePostgres = "任务存储：Hangfire PostgreSQL 集群（各节点共享队列和计划），本节点 {0}";
    public const string Routed = "转办 {0} 件";
    public const string Mailed = "发送 {0}，待重试 {1}，放弃 {2}";
    public const string DashboardTitle = "后台任务 · Hangfire";
    public const string DashboardLink = "Hangfire 控制台（队列、重试、失败详情和各节点）";
    public const string ServersTitle = "任务节点";
    public const string ColumnWorkers = "工作线程";
    public const string ColumnHeartbeat = "最近心跳";
}
