using Portal.Modules.Core.Deadlines;
using Portal.Modules.Supervision.Data;

namespace Portal.Modules.Supervision;

/// <summary>Every Chinese string the supervision module shows, in one place.</summary>
public static class SupervisionText
{
    public const string DashboardTitle = "督办看板";
    public const string ObligationsTitle = "本单位期限事项";
    public const string JobsTitle = "后台任务";

    public static string Kind(ObligationKind kind) => kind switch
    {
        ObligationKind.Publication => "公示公告",
        ObligationKind.Notification => "情况通报",
        ObligationKind.EnterpriseDeadline => "企业整改退出期限",
        ObligationKind.ReportAcceptance => "举报签收",
        ObligationKind.ReportVerification => "举报核查办结",
        ObligationKind.SealedRecheck => "封存设备复查",
        ObligationKind.QuarterlyLedger => "季度台账报送",
        ObligationKind.AnnualSummary => "年度工作总结",
        _ => kind.ToString(),
    };

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

    // Periodic obligations
    public const string QuarterlyLedgerTitle = "{0}台账报送（核查检查汇总表、合法有效性审查汇总表、整改及退出台账、帮扶任务清单）";
    public const string QuarterlyLedgerPeriod = "{0}年{1}月上旬";
    public const string AnnualSummaryTitle = "{0}年度推动落后产能退出工作总结（报省牵头部门）";
    public const string SealedRecheckAgain = "{0}（第{1}次复查）";

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
}
