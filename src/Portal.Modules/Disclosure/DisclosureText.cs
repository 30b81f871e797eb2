using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure;

/// <summary>The Chinese text of the announcements module: lists, fields, rules, workflow and pages.</summary>
public static partial class DisclosureText
{
    // The lists (Lists/*List.cs)
    public const string ViolationName = "违法违规";
    public const string ViolationDescription = "未批先建、批建不符、无证生产等违法违规建设生产、被责令关停退出的企业，公示违法违规事实、依据、要求和期限。";
    public const string ViolationNoticeKind = "违法违规责令关停退出公示";
    public const string ViolationResultKind = "违法违规产能退出验收公告";
    public const string ViolationNoticeTitle = "关于{0}违法违规建设生产责令关停退出的公示";
    public const string ViolationResultTitle = "关于{0}违法违规产能退出验收完成的公告";
    public const string EliminationName = "淘汰";
    public const string EliminationDescription = "使用《产业结构调整指导目录》淘汰类装备或工艺、拟淘汰和已淘汰的企业，公示设备名称、型号、数量、产能及退出方式。";
    public const string EliminationNoticeKind = "拟淘汰落后产能公示";
    public const string EliminationResultKind = "落后产能淘汰完成公告";
    public const string EliminationNoticeTitle = "关于{0}拟淘汰落后产能的公示";
    public const string EliminationResultTitle = "关于{0}落后产能淘汰完成的公告";
    public const string RectificationName = "整改（黄牌）";
    public const string RectificationDescription = "未达到能耗、环保、质量、安全等强制性标准、被责令限期整改的企业（黄牌警示），公示未达标指标、实测值与标准限值、整改要求和期限。";
    public const string RectificationNoticeKind = "限期整改公示（黄牌）";
    public const string RectificationResultKind = "整改验收合格公告";
    public const string RectificationNoticeTitle = "关于{0}限期整改的公示";
    public const string RectificationResultTitle = "关于{0}整改验收合格的公告";
    public const string ForcedExitName = "强制退出（红牌）";
    public const string ForcedExitDescription = "拒不整改或整改后仍不达标、依法关停退出的企业（红牌），公告未达标事项、未完成的整改、关停依据和完成情况。";
    public const string ForcedExitKind = "强制关闭退出公告（红牌）";
    public const string ForcedExitTitle = "关于{0}强制关闭退出的公告";
    public const string CompliantName = "达标";
    public const string CompliantDescription = "行业全面检查后合法合规、各项标准均达标的企业，公示主要装备、产品、产能和检查合格事项，接受社会监督。";
    public const string CompliantKind = "达标企业公示";
    public const string CompliantTitle = "关于{0}达标情况的公示";
    public const string NotListed = "未列入公示名单";

    // Kinds of deadline (Deadlines/DisclosureObligations.cs)
    public const string ObligationPublication = "公示公告";
    public const string ObligationNotification = "情况通报";
    public const string ObligationEnterpriseDeadline = "企业整改退出期限";
    public const string ObligationSealedRecheck = "封存设备复查";
    public const string SealedRecheckAgain = "{0}（第{1}次复查）";

    /// <summary>An enterprise's standing on the lists (<see cref="Enterprises.SearchEnterprises.Statuses"/>).</summary>
    public static string StandingName(string status) =>
        Lists.ListDefinitions.TryParse(status, out var list) ? list.Name : NotListed;

    public const string EnterprisesFound = "企业名录中有 {0} 家企业与之相符";
    public const string EnterprisesMore = "另有 {0} 家，请加上地区或行业缩小范围。";

    public static string StageName(AnnouncementStage stage) => stage == AnnouncementStage.Notice ? "公示" : "公告";

    public static string DimensionName(string? dimension) => dimension switch
    {
        Dimensions.Energy => "能耗",
        Dimensions.Environment => "环保",
        Dimensions.Quality => "质量",
        Dimensions.Safety => "安全",
        Dimensions.Technology => "技术",
        null => "—",
        _ => dimension,
    };

    public static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.Province => "省级",
        RegionLevel.City => "市级",
        _ => "县级",
    };

    public static string ExitMethodName(ExitMethod? method) => method switch
    {
        ExitMethod.Dismantle => "拆除",
        ExitMethod.Seal => "封存",
        ExitMethod.Upgrade => "改造",
        ExitMethod.Close => "关闭",
        _ => "—",
    };

    /// <summary>A status as the desk shows it, from its wire value (<c>scheduled</c> being published with a later time).</summary>
    public static string StatusName(string wire) => wire == "scheduled"
        ? StatusName(AnnouncementStatus.Published, true)
        : Portal.Modules.Core.Common.WireValue.TryParse<AnnouncementStatus>(wire, out var status) ? StatusName(status, false) : wire;

    public static string? StatusTone(string wire) => wire switch
    {
        "published" => "green",
        "in-review" or "scheduled" => "yellow",
        "withdrawn" => "red",
        _ => null,
    };

    public static string StatusName(AnnouncementStatus status, bool scheduled) => status switch
    {
        AnnouncementStatus.Draft => "草稿",
        AnnouncementStatus.InReview => "待审核",
        AnnouncementStatus.Published => scheduled ? "定时发布" : "已发布",
        AnnouncementStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    // Fields
    public const string FieldList = "名单";
    public const string FieldStage = "阶段";
    public const string FieldLevel = "层级";
    public const string FieldRegion = "地区";
    public const string FieldDepartment = "责任部门";
    public const string FieldDimension = "检查维度";
    public const string FieldIndustry = "行业";
    public const string FieldYear = "年份";
    public const string FieldEnterpriseCreditCode = "企业统一社会信用代码";
    public const string FieldEnterprise = "企业名称";
    public const string FieldAddress = "详细地址";
    public const string FieldInspectionCompletedOn = "检查（验收）完成日期";
    public const string FieldPublicationDueOn = "应公示（公告）日期";
    public const string FieldTitle = "标题";
    public const string FieldDocumentNumber = "文号";
    public const string FieldIndexNumber = "索引号";
    public const string FieldPublisher = "发布机构";
    public const string FieldWrittenOn = "成文日期";
    public const string FieldPublishedOn = "发布日期";
    public const string FieldValidity = "有效性";
    public const string FieldDeadline = "整改（退出）期限";
    public const string FieldNotice = "对应的公示";
    public const string FieldSummary = "基本情况";
    public const string FieldViolations = "违法违规事项及事实";
    public const string FieldBasis = "法律法规依据";
    public const string FieldRequirements = "整改（退出）要求";
    public const string FieldIndicators = "未达标指标";
    public const string FieldIndicatorName = "指标名称";
    public const string FieldIndicatorMeasured = "检测值（监测值）";
    public const string FieldIndicatorLimit = "标准规定值";
    public const string FieldIndicatorUnit = "单位";
    public const string FieldIndicatorLimitKind = "限值类型";
    public const string FieldIndicatorStandard = "执行标准";
    public const string FieldEquipment = "设备（生产线）";
    public const string FieldEquipmentModel = "型号";
    public const string FieldEquipmentQuantity = "数量";
    public const string FieldEquipmentCapacity = "产能";
    public const string FieldEquipmentCapacityUnit = "产能单位";
    public const string FieldExitMethod = "退出方式";
    public const string FieldStopProduction = "立即停产停业整顿";
    public const string FieldFailedItems = "不达标事项";
    public const string FieldUnrectified = "未完成的整改情况";
    public const string FieldCompletion = "完成情况";
    public const string FieldCompletedOn = "完成日期";
    public const string FieldProducts = "主要产品及产能";
    public const string FieldInspectedItems = "检查合格事项";
    public const string FieldReason = "原因";
    public const string FieldPublishAt = "发布时间";
    public const string LimitMax = "不高于（上限）";
    public const string LimitMin = "不低于（下限）";
    public const string ValidityEffective = "有效";
    public const string ValidityWithdrawn = "已撤回（失效）";

    // Validation and rules
    public const string StageNotOnList = "{1}名单没有“{0}”阶段，可选：{2}。";
    public const string LevelMismatch = "层级“{0}”与地区不符：{1}是{2}。";
    public const string WrongUnit = "本账户属于{0}，只能以本单位名义编辑和发布公告，不能代{1}发布。";
    public const string EnterpriseUnknown = "未找到统一社会信用代码为 {0} 的企业，请先在企业库中登记该企业。";
    public const string EnterpriseOutsideRegion = "{0}位于{1}，不在{2}的管辖范围内。";
    public const string DimensionRequired = "{0}名单须注明检查维度，可选：{1}。";
    public const string DimensionNotApplicable = "{0}名单不区分检查维度。";
    public const string DimensionNotOnList = "检查维度“{0}”不适用于{1}名单，可选：{2}。技术（淘汰类装备）问题请列入淘汰名单。";
    public const string NotResponsible = "{1}名单应由{2}部门发布，{0}部门不是该事项的责任部门（依据 002 号文件：按部门职责分别公示公告）。";
    public const string InspectionInFuture = "检查（验收）完成日期不能晚于今天（{0:yyyy-MM-dd}）。";
    public const string InspectionTooOld = "检查（验收）完成日期不能早于 2000 年。";
    public const string WrittenInFuture = "成文日期不能晚于今天（{0:yyyy-MM-dd}）。";
    public const string DeadlineRequired = "请填写企业的整改（退出）期限。";
    public const string DeadlineBeforeInspection = "期限应晚于检查完成日期（{0:yyyy-MM-dd}）。";
    public const string EnergyDeadlineTooLate = "能耗不达标的整改期限最长 6 个月，即不晚于 {0:yyyy-MM-dd}（节约能源法；001、003、004 号文件）。确需延长的，公示后可申请一次不超过 3 个月的延期。";
    public const string QualityDeadlineTooLate = "产品质量不达标的，应在 6 个月内整改，期限不晚于 {0:yyyy-MM-dd}（产品质量法；001、003、004 号文件）。";
    public const string SafetyStopsAtOnce = "安全生产条件不达标的，应立即停产停业整顿，不能设定停产前的宽限期（安全生产法；001、003、004 号文件）。";
    public const string IndicatorsRequired = "整改公示须列出至少一项未达标指标，写明检测值和标准规定值（002 号文件一(二)3）。";
    public const string IndicatorWithinMax = "“{0}”检测值 {1} 未超过标准规定值 {2}，该指标达标，不能列为未达标指标。";
    public const string IndicatorWithinMin = "“{0}”检测值 {1} 不低于标准规定值 {2}，该指标达标，不能列为未达标指标。";
    public const string EquipmentRequired = "淘汰公示（公告）须列出至少一台设备或一条生产线：名称、型号、数量和产能。";
    public const string MainEquipmentRequired = "达标公示须列出企业的主要装备。";
    public const string ExitMethodRequired = "请选择退出方式：{0}（拆除、封存、改造、关闭）。";
    public const string FailedItemsRequired = "强制退出公告须写明不达标事项（或列出未达标指标）。";
    public const string NoticeRequired = "整改验收合格公告须注明对应的整改公示（noticeId），企业才能移出黄牌名单。";
    public const string NoticeUnknown = "没有编号为 {0} 的已发布公示。";
    public const string NoticeWrongList = "编号为 {0} 的公告不是{1}名单的公示。";
    public const string NoticeOtherEnterprise = "编号为 {0} 的公示属于{1}，不是本企业。";
    public const string NoticeNotApplicable = "{0}名单的公示不承接其他公示。";
    public const string ExtensionOnlyRectification = "只有整改公示可以延长整改期限。";
    public const string ExtensionOnlyEnergy = "只有能耗不达标的整改可以申请延期（节约能源法；001、003、004 号文件）；质量、环保、安全整改按原期限执行。";
    public const string ExtensionOnce = "该整改已于 {0:yyyy-MM-dd} 延期至 {1:yyyy-MM-dd}，延期只能申请一次。";
    public const string ExtensionNotLater = "延期后的期限应晚于原期限 {0:yyyy-MM-dd}。";
    public const string ExtensionTooLong = "延期不得超过 3 个月：原期限 {0:yyyy-MM-dd}，最晚延至 {1:yyyy-MM-dd}（001、003、004 号文件）。";
    public const string ReasonRequired = "请填写{0}。";
    public const string ReasonTooShort = "{0}至少需要 4 个字，公众将看到它。";
    public const string WithdrawalReasonLabel = "撤回原因";
    public const string CorrectionReasonLabel = "更正原因";
    public const string ExtensionReasonLabel = "延期原因";
    public const string CorrectionIdentity = "更正不能改变名单、阶段、发布单位或企业；如有此类错误，请撤回后重新发布。";
    public const string CorrectionNoChange = "更正内容与当前版本相同。";
    public const string AnnouncementNotFound = "没有编号为 {0} 的公告。";
    public const string NotYourUnit = "该公告属于{0}，本账户属于{1}，不能操作。";
    public const string NotADraft = "该公告当前状态为“{0}”，只有草稿可以修改或删除。";
    public const string CannotPublish = "该公告当前状态为“{0}”，不能发布。";
    public const string AwaitingReview = "该公告已提交审核，须由本单位另一位编辑审核通过。";
    public const string NotInReview = "该公告当前状态为“{0}”，不在审核中。";
    public const string OwnReview = "不能审核自己提交的公告，请由本单位另一位编辑审核。";
    public const string ReviewDecision = "请选择审核结论：approve（通过并发布）或 return（退回修改）。";
    public const string PublishAtPast = "定时发布时间不能早于当前时间。";
    public const string PublishAtFormat = "发布时间格式应为“年-月-日 时:分”，如 2026-11-23 09:30。";
    public const string NotPublished = "该公告当前状态为“{0}”，只有已发布的公告可以{1}。";
    public const string AlreadyWithdrawn = "该公告已于 {0:yyyy-MM-dd} 撤回。";
    public const string ActionWithdraw = "撤回";
    public const string ActionCorrect = "更正";
    public const string ActionExtend = "延期";
    public const string BadSort = "排序方式“{0}”无效，可选：newest（最新发布在前）、oldest（最早发布在前）。";
    public const string BadCursor = "翻页游标无效，请从第一页重新查询。";
    public const string SearchTitle = "搜索公示公告";
    public const string SearchTitleFor = "搜索：{0}";
    public const string SearchLabel = "搜索词";
    public const string SearchPlaceholder = "企业名称、统一社会信用代码、地区、行业、文号……";
    public const string SearchButton = "搜索";
    public const string SearchHelp = "多个词用空格分开表示同时包含；用引号括起表示整个短语；输入 18 位统一社会信用代码直接查看该企业。";
    public const string SearchTotal = "共 {0} 条结果。";
    public const string SearchEmpty = "没有找到符合条件的公示公告。可以减少搜索词或放宽筛选条件。";
    public const string FacetsTitle = "按条件缩小范围";
    public const string DidYouMeanIntro = "这个统一社会信用代码的校验位不对。您要找的是不是：";
    public const string DidYouMeanChange = "（第 {0} 位 {1} 改为 {2}）";
    public const string UnknownCreditCode = "统一社会信用代码 {0} 没有对应的公示企业。";
    public const string DownloadCsv = "下载 CSV";
    public const string CsvFileName = "落后产能退出公示公告";
    public const string CsvIndexNumber = "索引号";
    public const string CsvList = "名单";
    public const string CsvStage = "阶段";
    public const string CsvEnterprise = "企业名称";
    public const string CsvCreditCode = "统一社会信用代码";
    public const string CsvEnterpriseRegion = "企业所在地区";
    public const string CsvRegionCode = "地区代码";
    public const string CsvIndustry = "行业";
    public const string CsvTitle = "标题";
    public const string CsvDocumentNumber = "文号";
    public const string CsvPublisher = "发布机构";
    public const string CsvLevel = "层级";
    public const string CsvDimension = "维度";
    public const string CsvInspectionCompletedOn = "检查或验收完成日期";
    public const string CsvPublicationDueOn = "应公开日期";
    public const string CsvPublishedOn = "发布日期";
    public const string CsvDeadline = "企业完成期限";
    public const string CsvValidity = "有效性";
    public const string CsvLink = "链接";
    public const string SubscribeFeed = "订阅（Atom）";
    public const string FeedTitle = "落后产能退出公示公告";
    public const string QueryTooLong = "搜索词过长，请控制在 200 个字以内。";
    public const string NothingSearchable = "搜索词中没有可检索的汉字、字母或数字，请换个说法。";
    public const string BadPageSize = "每页条数须在 1 到 100 之间。";
    public const string BadYear = "年份须为 2000 到 2100 之间的四位数字。";
    public const string BadDateRange = "起始日期不能晚于截止日期。";

    // Public pages
    public const string HomeNewest = "最新公示公告";
    public const string HomeCount = "{0} 条";
    public const string ListFilterTitle = "筛选";
    public const string RegionBrowse = "按地区浏览";
    public const string ListFilterApply = "筛选";
    public const string ListFilterReset = "清除条件";
    public const string AllOption = "全部";
    public const string ListTotal = "共 {0} 条";
    public const string ListEmpty = "没有符合条件的公告。公告自检查或验收完成之日起 10 个工作日内发布。";
    public const string AnnouncementMeta = "公开信息";
    public const string AnnouncementEnterprise = "企业信息";
    public const string AnnouncementContent = "公告内容";
    public const string CorrectionsTrail = "更正记录";
    public const string CorrectionEntry = "第 {0} 版（{1:yyyy-MM-dd}）：{2}";
    public const string WithdrawnBanner = "本公告已于 {0:yyyy-MM-dd} 撤回，原因：{1}";
    public const string ExtensionLine = "已于 {0:yyyy-MM-dd} 延期至 {1:yyyy-MM-dd}，原因：{2}";
    public const string FollowedBy = "后续公告";
    public const string Follows = "对应公示";
    public const string EnterprisePageTitle = "企业公开信息";
    public const string EnterpriseHistory = "公示公告记录";
    public const string EnterpriseNoHistory = "该企业暂无公示公告记录。";
    public const string EnterpriseEquipment = "主要设备";
    public const string YellowListNow = "该企业目前在黄牌（限期整改）名单上。";
    public const string RedListNow = "该企业已列入红牌（强制退出）名单。";
    public const string TimelineEnteredYellow = "列入黄牌名单（限期整改）：{0}";
    public const string TimelineLeftYellowRectified = "移出黄牌名单：整改验收合格（{0}）";
    public const string TimelineLeftYellowForcedExit = "移出黄牌名单：整改未完成，强制关闭退出，列入红牌名单（{0}）";
    public const string TimelineLeftYellowWithdrawn = "移出黄牌名单：整改公示撤回（{0}）";
    public const string TimelineAnnouncement = "{0}：{1}";
    public const string TimelineWithdrawn = "撤回{0}：{1}";
    public const string LeftYellowBadge = "已移出黄牌";
    public const string OnYellowBadge = "在黄牌名单";
    public const string ImmediateStop = "立即停产停业整顿";

    // Back office
    public const string DeskTitle = "公告编辑台";
    public const string DeskDrafts = "草稿与待审核";
    public const string DeskScheduled = "定时发布";
    public const string DeskPublished = "最近发布";
    public const string DeskDueSoon = "即将到期";
    public const string DeskOverdue = "已超期";
    public const string DeskNothing = "暂无。";
    public const string DeskNew = "新建公告";
    public const string DeskPublishedOnTime = "按期发布";
    public const string DeskPublishedLate = "逾期 {0} 个工作日发布";
    public const string NewChooseList = "选择名单和阶段";
    public const string NewContinue = "继续";
    public const string EditTitle = "编辑公告";
    public const string NewTitle = "新建{0}";
    public const string CorrectTitle = "更正公告";
    public const string SaveDraft = "保存草稿";
    public const string SaveCorrection = "发布更正";
    public const string Preview = "预览";
    public const string PreviewNote = "以下为公告发布后公众看到的样子。";
    public const string Publish = "发布";
    public const string PublishNow = "立即发布";
    public const string PublishLaterHelp = "留空则立即发布；填写则在该时间（北京时间）自动公开。";
    public const string SubmitReview = "提交审核";
    public const string Approve = "审核通过并发布";
    public const string Return = "退回修改";
    public const string ReviewComment = "审核意见";
    public const string Withdraw = "撤回公告";
    public const string Correct = "更正";
    public const string Extend = "延长整改期限";
    public const string NewDeadline = "延期后的期限";
    public const string Delete = "删除草稿";
    public const string Edit = "修改";
    public const string Saved = "已保存草稿。";
    public const string Published = "已发布。";
    public const string Scheduled = "已定时发布，将于 {0:yyyy-MM-dd HH:mm} 公开。";
    public const string Submitted = "已提交审核。";
    public const string Returned = "已退回修改。";
    public const string WithdrawnDone = "已撤回。";
    public const string CorrectedDone = "已发布更正。";
    public const string ExtendedDone = "已延长整改期限。";
    public const string DeletedDone = "已删除草稿。";
    public const string Status = "状态";
    public const string PublicationClock = "发布时限";
    public const string PublicationClockHelp = "检查（验收）完成后 10 个工作日内须公示（公告），按国务院节假日安排（含调休上班日）计算。";
    public const string IndicatorRowsHelp = "每行一项未达标指标，空行不保存。";
    public const string NewAboutEnterprise = "为该企业新建公告";
    public const string FindEnterprise = "在企业名录中查找或登记企业（新窗口）";
    public const string EquipmentRowsHelp = "每行一台设备或一条生产线，空行不保存。";
    public const string FormHasErrors = "请按提示修改后再保存。";
    public const string BackToDesk = "返回编辑台";
    public const string AuditTrail = "修改记录";
    public const string SupervisedReadOnly = "督办查看：只读，内容由发布单位编辑。";
    public const string AuditCreate = "新建草稿";
    public const string AuditEdit = "修改草稿";
    public const string AuditSubmit = "提交审核";
    public const string AuditReturn = "退回修改";
    public const string AuditApprove = "审核通过并发布";
    public const string AuditPublish = "发布";
    public const string AuditCorrect = "更正";
    public const string AuditWithdraw = "撤回";
    public const string AuditExtend = "延长整改期限";
    public const string AuditDelete = "删除草稿";
    public const string Print = "打印";
    public const string AuditAttach = "上传附件";
    public const string AuditDetach = "删除附件";

    public const string AuditPublishAt = "定时发布时间";
    public const string AuditReason = "理由";
    public const string AuditFrom = "原期限";
    public const string AuditTo = "新期限";
    public const string AuditVersion = "版本";
    public const string AuditYes = "是";
    public const string AuditNo = "否";
    public const string ViewPublic = "查看公开页面";
    public const string EnterpriseCodeHelp = "18 位统一社会信用代码；企业须已在企业库中登记。";
    public const string NoticeIdHelp = "填写对应公示的编号（公示页面地址中的数字）。";
    public const string TitleHelp = "留空则按名单自动生成标题。";

    // Deadlines reported to supervision, and the credit feed
    public const string NotificationOf = "情况通报 · ";
    public const string DeadlineOf = "企业期限 · ";
    public const string RecheckOf = "封存设备复查 · ";
    public const string RefusedToRectify = "拒不整改或整改后仍不达标，依法责令关闭退出";
    public const string MissedExit = "未按期完成退出任务";
    public const string MissedRectification = "强制性标准不达标，未按期完成整改";
    public const string CompletedLate = "已完成整改或退出并通过验收";
    public const string Withdrawn = "原公示已撤回";
}
