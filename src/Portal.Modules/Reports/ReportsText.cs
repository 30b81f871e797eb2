namespace Portal.Modules.Reports;

/// <summary>Every Chinese string of the reporting platform, in one place.</summary>
public static class ReportsText
{
    public const string ObligationAcceptance = "举报签收";
    public const string ObligationVerification = "举报核查办结";
    public const string IdentityReadsTitle = "举报人身份查阅记录";
    public const string IdentityReadsLead = "{0}及下辖地区的举报中，谁在何时查阅了实名举报人的身份（此处不显示身份）。最近 {1} 条。";
    public const string IdentityReadsNone = "尚无查阅记录。";
    public const string IdentityReadsAt = "查阅时间";
    public const string IdentityReadsWho = "查阅人";
    public const string IdentityReadsWhoseUnit = "查阅人单位";
    public const string IdentityReadsReport = "举报编号";
    public const string IdentityReadsReportUnit = "承办单位";

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

    // Categories (docs/api.md report categories)
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
    public const string FileTooLarge = "文件“{0}”超过 {1} 的单个文件上限。";
    public const string FilesTooLarge = "证据材料合计超过 {0} 的上限。";
    public const string FileTypeRefused = "文件“{0}”不是 JPEG、PNG、WebP 图片、PDF 文档或 MP4、MOV 视频（按文件内容判断，与文件名无关）。";
    public const string FileDamaged = "文件“{0}”已损坏或不完整，或无法清除其中可能暴露您身份的信息（位置、设备、作者、时间），为保护您，未予保存。";
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

    public const string EvidenceAddedNote = "举报人补充了 {0} 份证据材料。";
    public const string NoFilesChosen = "请选择要补充的证据文件。";
    public const string ReportClosedNoEvidence = "该举报已办结，不能再补充材料；如有新情况，请重新举报。";

    // Handling (承办)
    public const string QueueTitle = "举报办理";
    public const string OnlyHandlers = "只有承办人员可以查看举报办理队列。";
    public const string ReportNotInQueue = "本单位的办理队列中没有这件举报。";
    public const string ReportNotFound = "您督办的地区没有这件举报。";
    public const string SupervisedReadOnly = "督办查看：只读，不显示举报人身份；办理由承办单位进行。";
    public const string ChangedMeanwhile = "这件举报刚刚被其他人处理过，请刷新后再操作。";
    public const string CannotInStatus = "举报当前为“{1}”，不能{0}。";
    public const string ActionAccept = "签收";
    public const string ActionVerify = "登记核查情况";
    public const string ActionTransfer = "转办";
    public const string ActionEscalate = "上报上级部门";
    public const string ActionExtension = "申请延期";
    public const string ActionConclude = "作出核查结论";
    public const string ActionMessage = "回复举报人";
    public const string ActionClose = "办结";
    public const string ActionPublish = "公开办理结果";
    public const string ActionUnknown = "未知的办理操作“{0}”。可用操作：{1}。";
    public const string AcceptedNote = "{0}已签收，正在安排核查。";
    public const string VerifyingNote = "承办部门正在核查。";
    public const string ReassignedInternal = "{0}转出，理由：{1}";
    public const string ExtensionRequestedNote = "承办部门申请延长办理期限，待审批。";
    public const string ExtensionRequestedInternal = "申请延期至 {0:yyyy-MM-dd}，理由：{1}";
    public const string ExtensionApprovedNote = "办理期限经批准延长至 {0:yyyy年M月d日}。";
    public const string ExtensionRefusedNote = "延期申请未获批准，按原期限办理。";
    public const string ConcludedNote = "核查结论：{0}。";
    public const string ClosedNote = "已办结。";
    public const string OutcomePublishedNote = "办理结果已向社会公开（不含举报人信息）。";
    public const string Findings = "核查情况";
    public const string FindingsRequired = "请写明核查情况（至少 10 个字）：去了哪里、查了什么、发现了什么。";
    public const string TooLong = "{0}不能超过 {1} 个字。";
    public const string ReplyRequired = "请填写回复内容。";
    public const string Reason = "理由";
    public const string ReasonRequired = "请写明理由。";
    public const string TransferDepartmentRequired = "请选择转办的部门。";
    public const string UnknownDepartment = "没有“{0}”这类部门。";
    public const string UnknownRegion = "没有代码为“{0}”的地区。";
    public const string NoSuchUnit = "该地区及其上级都没有这个部门，无法转办。";
    public const string TransferToSelf = "转办对象就是本单位，请选择其他部门或地区。";
    public const string NothingAbove = "本单位已是省级部门，没有可以上报的上级同类部门。";
    public const string ExtensionOnlyOnce = "这件举报已经延期过一次，不能再次延期。";
    public const string ExtensionPending = "延期申请正在等待审批。";
    public const string NoExtensionPending = "这件举报没有待审批的延期申请。";
    public const string ExtensionDateRequired = "请填写申请延长到的日期。";
    public const string ExtensionDateRange = "延期后的期限须晚于当前期限 {0:yyyy-MM-dd}，且不晚于 {1:yyyy-MM-dd}（最多再延 15 个工作日）。";
    public const string Conclusion = "核查结论";
    public const string ConclusionText = "结论说明";
    public const string ConclusionTextRequired = "请写明结论依据（至少 10 个字）。";
    public const string ConclusionSubstantiated = "举报属实";
    public const string ConclusionPartly = "举报部分属实";
    public const string ConclusionNot = "举报不属实";
    public const string RealNameNeedsVerification = "实名举报必须核查（实名举报做到有报必查）：请先登记核查情况。";
    public const string RealNameNeedsReply = "实名举报办结前必须答复举报人：请先回复举报人。";
    public const string PublicOutcome = "公开的办理结果";
    public const string OutcomeRequired = "请填写向社会公开的办理结果（至少 10 个字）。";
    public const string OutcomeNamesReporter = "公开的办理结果不能含有举报人的姓名、电话或身份证号码。";
    public const string AnonymousReport = "这是匿名举报，没有举报人身份信息。";
    public const string EvidenceNotFound = "找不到这份证据材料。";
    public const string DueForAccept = "签收期限";
    public const string DueForConclude = "办结期限";

    // Public outcomes
    public const string OutcomesNav = "举报处理结果";
    public const string OutcomesTitle = "举报办理结果公开";
    public const string TimelineOutcome = "群众举报（{0}）核查结果：{1}。{2}";

    // Form
    public const string FormTitle = "举报落后产能";
    public const string FormIntro = "发现违规使用淘汰落后设备、能耗或排放不达标、已淘汰产能死灰复燃、整改弄虚作假、审批把关不严等情况，都可以在这里举报。举报会按类别和地区转交负责核查的部门，实名举报一律核查。";
    public const string FormPrivacy = "我们不记录您的 IP 地址、浏览器信息和提交时间；照片中的拍摄地点等隐藏信息会在保存前清除；实名信息加密保存，只有承办部门可以查看，且每次查看都有记录。";
    public const string FormHasErrors = "举报没有提交成功，请按下面的提示修改。";
    public const string FormFilesAgain = "为保护您的隐私，出错后已选择的文件不会保留，请重新选择证据文件。";
    public const string ChooseCategory = "请选择举报类别";
    public const string ChooseProvince = "省份";
    public const string ChooseCity = "城市";
    public const string ChooseCounty = "县（市、区）";
    public const string WholeCity = "市本级 / 不清楚具体区县";
    public const string ChooseRegion = "请选择地区";
    public const string RegionHelp = "选到县（市、区）；不清楚的可以只选到市。";
    public const string CreditCodeHelp = "选填。18 位，可在营业执照上找到；填写后会与已登记的企业关联。";
    public const string DescriptionHelp = "请写明发生了什么、在哪里、从什么时候开始，有哪些设备或产品，尽量具体。";
    public const string EvidenceHelp = "选填。JPEG、PNG 图片、PDF 或 MP4 视频，最多 {0} 个文件，单个不超过 {1}，合计不超过 {2}。";
    public const string Anonymity = "举报方式";
    public const string Anonymous = "匿名举报";
    public const string AnonymousHelp = "不留姓名和电话。请务必保存好回执，凭回执查询进度和答复。";
    public const string RealNameOption = "实名举报";
    public const string RealNameHelp = "实名举报一律核查并答复。姓名和电话必填，身份证号码选填。";
    public const string Captcha = "人机验证";
    public const string CaptchaHelp = "验证在您的设备上自动计算完成，不需要点选图片，也不会把信息发给第三方。";
    public const string CaptchaNoScript = "人机验证需要启用 JavaScript。无法启用的，可以通过各级举报电话或信件举报：";
    public const string ChannelsTitle = "其他举报渠道";
    public const string ChannelsLead = "除网上举报外，也可以通过电话、信件或电子邮件向以下单位举报。实名举报请写明联系方式；匿名举报同样受理。举报人信息依法保密。";
    public const string ChannelsLink = "查看各级举报电话和通信地址";
    public const string ChannelLevel = "层级";
    public const string ChannelUnit = "受理单位";
    public const string ChannelHotline = "举报电话";
    public const string ChannelHours = "受理时间";
    public const string ChannelAddress = "通信地址";
    public const string ChannelEmail = "电子邮箱";
    public const string ChannelDefaultUnit = "12345 政务服务便民热线";
    public const string ChannelDefaultHours = "全天";
    public const string ChannelDefaultLevel = "全国各地";
    public const string Submit = "提交举报";
    public const string Required = "（必填）";

    // Receipt and status
    public const string ReceiptPrint = "可以截图或打印本页保存。关闭本页后，查询密码将无法再次显示。";
    public const string StatusLink = "查询办理进度";
    public const string StatusIntro = "请输入举报回执上的受理编号和查询密码。";
    public const string StatusOpen = "查询";
    public const string CurrentStatus = "当前状态";
    public const string SubmittedOn = "提交日期";
    public const string ConclusionLabel = "核查结论";
    public const string OutcomeLabel = "公开的办理结果";
    public const string NoMessages = "暂无留言。";
    public const string AnswerTitle = "回复承办部门";
    public const string AnswerSend = "发送留言";
    public const string AnswerSent = "留言已发送。";
    public const string AddEvidenceTitle = "补充证据材料";
    public const string AddEvidenceSend = "上传";
    public const string EvidenceAdded = "已补充 {0} 份证据材料。";
    public const string OutcomesIntro = "以下是承办部门核查群众举报后向社会公开的结果，不含任何举报人信息。";
    public const string OutcomesNone = "暂无公开的办理结果。";
    public const string OutcomeDepartment = "承办部门";
    public const string MorePages = "更多";

    /// <summary>The altcha widget's own words (its <c>strings</c> attribute).</summary>
    public static readonly IReadOnlyDictionary<string, string> AltchaStrings = new Dictionary<string, string>
    {
        ["label"] = "我不是机器人",
        ["verify"] = "开始验证",
        ["verifying"] = "正在验证，请稍候……",
        ["verified"] = "验证通过",
        ["error"] = "验证失败，请稍后重试。",
        ["expired"] = "验证已过期，请重新验证。",
        ["verificationRequired"] = "请先完成人机验证。",
        ["waitAlert"] = "正在验证，请稍候……",
        ["reload"] = "重新加载",
        ["loading"] = "加载中……",
        ["ariaLinkLabel"] = "ALTCHA",
    };

    // Handling pages
    public const string QueueEmpty = "本单位目前没有待办的举报。";
    public const string QueueShowAll = "包括已办结的";
    public const string QueueFilterAny = "全部";
    public const string QueueFilterKind = "实名/匿名";
    public const string QueueFilterOverdue = "只看逾期";
    public const string QueueFilterAll = "包括已办结";
    public const string QueueSort = "排序";
    public const string QueueSortDue = "期限最近的在前";
    public const string QueueSortSubmitted = "最新提交的在前";
    public const string QueueSortRegion = "按地区";
    public const string QueueFilterButton = "筛选";
    public const string QueueExport = "导出 CSV";
    public const string QueueCount = "共 {0} 件";
    public const string QueueWorkingDaysLeft = "剩余工作日";
    public const string QueueRegion = "地区";
    public const string QueueOverdue = "已超期";
    public const string QueueNewMessages = "{0} 条新留言";
    public const string RealNameBadge = "实名";
    public const string AnonymousBadge = "匿名";
    public const string DueOn = "期限";
    public const string BackToQueue = "返回办理队列";
    public const string Done = "已完成：{0}。";
    public const string ReporterTitle = "举报人";
    public const string ShowReporter = "查看举报人身份（将被记录）";
    public const string ReporterReadLogged = "本次查看已记录。";
    public const string InternalNote = "内部记录";
    public const string AttachmentsTitle = "证据材料";
    public const string NoAttachments = "没有证据材料。";
    public const string Accept = "签收";
    public const string Verify = "登记核查情况";
    public const string Reply = "回复举报人";
    public const string TransferTitle = "转办其他部门";
    public const string TransferRegionHelp = "留空表示举报所在地区；该地区没有此部门时自动转到上一级。";
    public const string EscalateTitle = "超出本单位权限，上报上级同类部门";
    public const string ExtensionTitle = "申请延期（仅限一次，须上级审批）";
    public const string ExtensionUntil = "延长到";
    public const string ConcludeTitle = "作出核查结论";
    public const string CloseTitle = "办结";
    public const string PublishTitle = "向社会公开办理结果";
    public const string PublishHelp = "公开内容会显示在企业页面和“举报办理结果公开”页，不得含有举报人的任何信息。";
    public const string ExtensionsTitle = "延期审批";
    public const string ExtensionsNone = "没有待审批的延期申请。";
    public const string Approve = "批准";
    public const string Refuse = "不批准";
    public const string DecisionNote = "审批意见";
    public const string RequestedTo = "申请延长到";
    public const string Unit = "承办单位";
    public const string RoutingTitle = "举报分办规则";
    public const string RoutingIntro = "每类举报转交哪类部门核查。按所在县（市、区）找该部门，没有的逐级找市、省。勾选“按行业牵头部门”时，被举报企业已登记且其行业另有牵头部门（如煤炭、电力由能源部门牵头）的，转交该牵头部门。";
    public const string RoutingFollowLead = "按行业牵头部门";
    public const string RoutingSave = "保存规则";
    public const string RoutingSaved = "分办规则已保存，新的举报按新规则转交。";
    public const string RuleTwice = "“{0}”出现了两次。";

    /// <summary>How a report's deadline reads in supervision lists and e-mails: by its number, never the tracking code the reporter quotes.</summary>
    public const string ObligationTitle = "举报 #{2} · {0} · {1}";
}
