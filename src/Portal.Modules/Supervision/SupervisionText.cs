using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;
using Portal.Modules.Supervision.Obligations;

namespace Portal.Modules.Supervision;

/// <summary>Every Chinese string the supervision module shows, in one place.</summary>
public static class SupervisionText
{
    public const string DashboardTitle = "督办看板";
    public const string ObligationsTitle = "本单位期限事项";

    public const string ObligationQuarterlyLedger = "季度台账报送";
    public const string ObligationAnnualSummary = "年度工作总结";

    public static string Status(ObligationStatus status) => status switch
    {
        ObligationStatus.Upcoming => "未到期",
        ObligationStatus.DueSoon => "即将到期",
        ObligationStatus.Due => "今日到期",
        ObligationStatus.Overdue => "已逾期",
        ObligationStatus.Met => "已完成",
        ObligationStatus.Lapsed => "已撤销",
        _ => status.ToString(),
    };

    // Dashboard figures
    public const string FigureOverdue = "逾期事项";
    public const string FigureDueSoon = "即将到期";
    public const string FigurePublicationTimeliness = "公示公告及时率（10个工作日内）";
    public const string FigureAcceptedInTime = "举报按时签收率（3个工作日内）";
    public const string FigureConcludedInTime = "举报按时办结率（15个工作日内）";
    public const string FigureRealNameChecked = "实名举报核查办结率";
    public const string FigureMedianHandling = "举报办理用时中位数（工作日）";
    public const string OwnLevel = "本级";

    // Trend series (by month of the due date)
    public const string TrendPublicationsDue = "应公示";
    public const string TrendPublishedOnTime = "按时公示";
    public const string TrendReportsDue = "举报应办结";
    public const string TrendReportsConcludedOnTime = "按时办结";
    public const string TrendOverdue = "逾期";

    // Dashboard page
    public const string DashboardAsOf = "{0}，统计日 {1:yyyy年M月d日}（按法定工作日计算）";
    public const string DashboardRegion = "查看地区";
    public const string DashboardHeadline = "总体情况";
    public const string DashboardRates = "办理时效";
    public const string DashboardOverdueByKind = "逾期事项（按类型）";
    public const string DashboardOverdueByRegion = "逾期事项（按地区）";
    public const string DashboardOverdueByUnit = "逾期事项（按责任单位）";
    public const string DashboardHandlingByUnit = "举报办理情况（按责任单位，按时办结率低者在前）";
    public const string ColumnAcceptedInTime = "按时签收";
    public const string ColumnConcludedInTime = "按时办结";
    public const string ColumnMedian = "办理用时中位数";
    public const string DashboardTrend = "近12个月趋势（按到期月份）";
    public const string DashboardNothingOverdue = "没有逾期事项。";
    public const string DashboardNoRate = "暂无已到期或已完成的事项";
    public const string DashboardMedianNone = "暂无办结的举报";
    public const string DashboardMedianValue = "{0} 个工作日";
    public const string DashboardMedianCount = "（{0} 件）";
    public const string DashboardAllRows = "全部期限事项";
    public const string DashboardExportAll = "导出全部期限事项（CSV）";
    public const string DashboardChartHint = "点击图中柱形或折线上的点可查看对应事项；下表列出同样的数字。";
    public const string ColumnMonth = "月份";
    public const string ColumnName = "名称";
    public const string ColumnCount = "数量";

    // Drill-down page
    public const string RowsTitle = "督办事项明细";
    public const string RowsBack = "返回督办看板";
    public const string RowsCount = "共 {0} 项";
    public const string RowsEmpty = "没有符合条件的事项。";
    public const string RowsExport = "导出 CSV";
    public const string RowsFilter = "筛选";
    public const string FilterKind = "事项类型";
    public const string FilterState = "状态";
    public const string FilterDueFrom = "到期日起";
    public const string FilterDueTo = "到期日止";
    public const string FilterAny = "全部";
    public const string FilterUnit = "责任单位：{0}";
    public const string FilterTag = "标记：{0}";
    public const string FilterOwnLevel = "仅本级";

    public static string State(ObligationState state) => state switch
    {
        ObligationState.All => "全部",
        ObligationState.Open => "未完成",
        ObligationState.DueSoon => "即将到期",
        ObligationState.Overdue => "已逾期",
        ObligationState.Decided => "已完成或已逾期",
        ObligationState.Met => "已完成",
        ObligationState.MetOnTime => "按时完成",
        ObligationState.MetLate => "超期完成",
        _ => state.ToString(),
    };

    public static string Tag(string tag) => tag == ObligationTags.RealName ? "实名举报" : tag;

    // Obligation columns (drill-down, unit page, CSV)
    public const string ColumnKind = "事项类型";
    public const string ColumnTitle = "事项";
    public const string ColumnUnit = "责任单位";
    public const string ColumnRegion = "行政区划代码";
    public const string ColumnStartedOn = "起算日";
    public const string ColumnDueOn = "到期日";
    public const string ColumnMetOn = "完成日";
    public const string ColumnStatus = "状态";
    public const string ColumnStanding = "期限";
    public const string CsvSubject = "对象编号";
    public const string CsvStartedOn = "起算日期";
    public const string CsvDueOn = "到期日期";
    public const string CsvMetOn = "完成日期";
    public const string CsvOverdueDays = "逾期工作日";
    public const string CsvDaysLeft = "剩余工作日";
    public const string CsvHandling = "办理用时（工作日）";

    // Unit page
    public const string UnitShowAll = "显示已完成事项";
    public const string UnitShowOpen = "只看未完成事项";
    public const string UnitEmpty = "本单位目前没有未完成的期限事项。";
    public const string UnitIntro = "期限按法定工作日（含调休上班日）计算；到期前 {0} 个工作日和到期当日会邮件提醒本单位人员，逾期后提醒上级督办。";
    public const string FulfilTitle = "登记完成";
    public const string FulfilledOn = "完成日期";
    public const string FulfilNote = "说明（可选）";
    public const string FulfilButton = "登记完成";
    public const string Fulfilled = "已登记完成：{0}";
    public const string FulfilledBy = "{0:yyyy年M月d日}由 {1} 登记";

    // Periodic obligations
    public const string QuarterlyLedgerTitle = "{0}台账报送（核查检查汇总表、合法有效性审查汇总表、整改及退出台账、帮扶任务清单）";
    public const string AnnualSummaryTitle = "{0}年度推动落后产能退出工作总结（报省牵头部门）";

    // Digest e-mail
    public const string DigestSubject = "【{0}】{1} 期限提醒：{2} 项";
    public const string DigestGreeting = "{0}：";
    public const string DigestIntro = "以下事项按法定工作日计算期限，请及时办理。";
    public const string DigestReminders = "即将到期";
    public const string DigestDueDay = "今日到期";
    public const string DigestEscalations = "已逾期（下级单位，请督办）";
    public const string DigestLine = "· {0}｜{1}｜{2}｜到期日 {3:yyyy年M月d日}｜{4}";
    public const string DigestLeft = "剩余 {0} 个工作日";
    public const string DigestDueToday = "今日到期";
    public const string DigestOverdue = "已逾期 {0} 个工作日";
    public const string DigestLink = "  办理：{0}";
    public const string PublicUrlMissing = "Portal:Supervision:PublicUrl 未设置：提醒和督办邮件中的链接需要门户对外的完整地址（例如 https://gk.example.gov.cn）。请设置它，或以 Portal:Supervision:Reminders=false 关闭邮件提醒。";
    public const string PublicUrlInvalid = "Portal:Supervision:PublicUrl = “{0}” 不是完整的 http(s) 地址（例如 https://gk.example.gov.cn）。";
    public const string DigestMore = "· 另有 {0} 项，请登录查看：{1}";
    public const string DigestFooter = "此邮件由系统每日汇总发送一次，请勿直接回复。";

    // Errors
    public const string OnlySupervisors = "只有督办人员可以查看督办信息。";
    public const string RegionOutside = "行政区划 {0} 不在您所在单位的督办范围内。";
    public const string RegionUnknown = "行政区划代码 {0} 不存在。";
    public const string ObligationNotFound = "未找到该期限事项，或它不属于您的单位。";
    public const string NotManual = "“{0}”事项随业务办理自动完成，无需手工登记。";
    public const string AlreadyMet = "该事项已于 {0:yyyy年M月d日} 完成。";
    public const string AlreadyLapsed = "该事项已撤销，无需登记。";
    public const string FulfilledOnRequired = "请填写完成日期。";
    public const string FulfilledOnFuture = "完成日期不能晚于今天（{0:yyyy年M月d日}）。";
    public const string NoteTooLong = "说明不能超过 {0} 个字。";
    public const string KindUnknown = "事项类型“{0}”无效，可选：{1}。";
    public const string StatusUnknown = "状态“{0}”无效，可选：{1}。";

    // 催办 (urging a unit)
    public const string UrgeTitle = "催办";
    public const string UrgeAction = "催办";
    public const string UrgeLead = "向责任单位发出催办：留言记入该事项，发送邮件给其经办人员，并在其工作台显示，直到事项办结。";
    public const string UrgeNote = "催办意见";
    public const string UrgeNoteHelp = "写明要求和期限，例如“请于3个工作日内完成公示并报告”。不超过500字。";
    public const string UrgeNoteRequired = "请填写催办意见。";
    public const string UrgeNoteTooLong = "催办意见不能超过 {0} 字。";
    public const string UrgeSend = "发送催办";
    public const string UrgeSent = "已催办：已通知 {0} 名经办人员。";
    public const string UrgeNotOpen = "该事项{0}，无需催办。";
    public const string UrgeHistory = "催办记录";
    public const string UrgeNone = "尚未催办。";
    public const string UrgeFacts = "事项";
    public const string MailUrgeSubject = "【{0}】催办：{1}《{2}》";
    public const string MailUrgeBody = "{0}：\n\n{1}（{2}）对以下事项催办：\n· {3}｜{4}｜到期日 {5:yyyy年M月d日}｜{6}\n\n催办意见：{7}\n\n办理：{8}\n\n请及时办理；事项办结后催办自动解除。此邮件由系统发送，请勿直接回复。";
}
