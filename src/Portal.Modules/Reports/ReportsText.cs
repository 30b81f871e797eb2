namespace Portal.Modules.Reports;

/// <summary>Every Chinese string of the reporting platform, in one place.</summary>
public static class ReportsText
{
    // Fields
    public const string Category = "举报类别";
    public const string Region = "所在地区";
    public const string EnterpriseName = "被举报企业名称";
    public const string EnterpriseCreditCode = "统一社会信用代码";
    public const string Address = "详细地址";
    public const string Description = "举报内容";
    public const string ReporterName = "姓名";
    public const string ReporterPhone = "联系电话";
    public const string ReporterIdNumber = "身份证号码";
    public const string Evidence = "证据材料";
    public const string TrackingCode = "受理编号";
    public const string AccessKey = "查询密码";
    public const string MessageText = "留言内容";

    // Categories (API.md report categories)
    public const string CategoryObsoleteEquipment = "使用淘汰落后设备、工艺";
    public const string CategoryEnergy = "能耗不达标";
    public const string CategoryEnvironment = "污染物超标排放";
    public const string CategoryQuality = "产品质量不达标";
    public const string CategorySafety = "安全生产不达标";
    public const string CategoryIllegalConstruction = "违法违规建设、生产";
    public const string CategoryRevival = "已淘汰产能死灰复燃";
    public const string CategoryFakeRectification = "整改弄虚作假";
    public const string CategoryLaxApproval = "审批把关不严";
    public const string CategoryOther = "其他";

    // Statuses
    public const string StatusReceived = "已提交";
    public const string StatusRouted = "已转交承办部门";
    public const string StatusAccepted = "承办部门已签收";
    public const string StatusVerifying = "核查中";
    public const string StatusConcluded = "已出核查结论";
    public const string StatusClosed = "已办结";

    // Validation
    public const string DescriptionTooShort = "举报内容至少需要 10 个字，请写明发生了什么、在哪里、从何时开始。";
    public const string RegionNotCountyOrCity = "请选择到县（市、区）或地级市：{0}是省级地区。";
    public const string PhoneInvalid = "联系电话“{0}”格式不正确：请填写 11 位手机号，或带区号的固定电话。";
    public const string IdNumberInvalid = "身份证号码“{0}”不正确（应为 18 位，最后一位校验码不符）。";
    public const string RealNameNeedsIdentity = "实名举报须填写姓名和联系电话；不愿留下身份的，请选择匿名举报。";
    public const string CaptchaMissing = "请先完成人机验证。";
    public const string CaptchaRejected = "人机验证未通过或已过期，请重新验证后再提交。";
    public const string CaptchaReplayed = "这次人机验证已经用过，请重新验证后再提交。";
    public const string TooManyFiles = "证据材料最多 {0} 个文件。";
    public const string FileTooLarge = "文件“{0}”超过 {1} MB 的单个文件上限。";
    public const string FilesTooLarge = "证据材料合计超过 {0} MB 的上限。";
    public const string FileTypeRefused = "文件“{0}”不是 JPEG、PNG 图片、PDF 文档或 MP4 视频（按文件内容判断，与文件名无关）。";
    public const string FileDamaged = "文件“{0}”已损坏或不完整，无法读取。";
    public const string ReceiptNotFound = "受理编号或查询密码不正确。请核对回执上的两串字符。";

    // Receipt and status page
    public const string ReceiptTitle = "举报已提交";
    public const string ReceiptKeep = "请记下受理编号和查询密码。查询密码只显示这一次，我们不保存它，无法找回。";
    public const string StatusTitle = "查询举报办理进度";
    public const string TimelineTitle = "办理过程";
    public const string MessagesTitle = "留言";
    public const string FromReporter = "举报人";
    public const string FromHandler = "承办部门";
    public const string SubmittedNote = "举报已提交，等待转交承办部门。";
    public const string RoutedNote = "已转交{0}办理。";
}
