namespace Portal.Modules.Core;

/// <summary>
/// Every Chinese string the Core module shows, in one place: views, validation messages and problem details
/// read from here, so a translation or a wording change touches one file.
/// </summary>
public static class CoreText
{
    // Shared components (Components/)
    public const string AuditWhen = "时间";
    public const string AuditWho = "操作人";
    public const string AuditWhat = "操作";
    public const string AuditDetails = "内容";
    public const string AuditEmpty = "（空）";
    public const string FacetAll = "全部";
    public const string BreadcrumbLabel = "当前位置";
    public const string BreadcrumbHome = "首页";
    public const string TimelineEmpty = "暂无公示公告记录。";
    public const string UrgingsHeading = "上级催办";
    public const string UrgingsLead = "以下事项已被上级督办部门催办，请尽快办理；事项办结后催办自动解除。";
    public const string UrgingFrom = "{0}（{1}）催办";
    public const string UrgingDue = "{0}，到期日 {1:yyyy-MM-dd}";
    public const string UrgingOpen = "待办理";
    public const string UrgingActed = "已办结";
    public const string CountdownLeft = "剩余 {0} 个工作日";
    public const string CountdownDueToday = "今日到期";
    public const string CountdownOverdue = "逾期 {0} 个工作日";
    public const string Paging = "翻页";
    public const string FirstPage = "回到第一页";
    public const string NextPage = "下一页";

    public const string SiteName = "落后产能退出信息公开与举报平台";
    public const string SiteAuthority = "吉林省淘汰落后产能工作领导小组办公室";
    public const string SystemActor = "系统";

    // Problem titles
    public const string ValidationTitle = "请求内容有误";
    public const string NotFoundTitle = "未找到";
    public const string TooManyRequestsTitle = "请求过于频繁";
    public const string TooManyRequestsDetail = "您的请求过于频繁，请在 {0} 秒后再试。批量获取数据请使用 CSV 下载或 Atom 订阅。";
    public const string TooManyExports = "下载过于频繁，请在 {0} 秒后再试。";
    public const string TooManySignIns = "登录尝试过于频繁，请在 {0} 秒后再试。";
    public const string ForbiddenTitle = "无权操作";
    public const string ConflictTitle = "与现有数据冲突";
    public const string UnauthorizedTitle = "未登录或登录已失效";
    public const string UnknownError = "操作未能完成，请稍后再试。";

    // Field labels
    public const string UserName = "用户名";
    public const string Password = "密码";
    public const string Email = "电子邮箱";
    public const string Role = "角色";
    public const string RegionCode = "行政区划代码";
    public const string Department = "部门";
    public const string IndustryLabel = "行业";
    public const string EnterpriseName = "企业名称";
    public const string EnterpriseAddress = "详细地址";
    public const string EquipmentName = "设备名称";

    // Validation
    public const string FieldRequired = "请填写{0}。";
    public const string TooLong = "{0}不能超过 {1} 个字。";
    public const string UnknownValue = "“{0}”不是有效的取值，可选：{1}。";
    public const string UnknownRegion = "未知的行政区划代码“{0}”，请使用 GB/T 2260 六位代码。";
    public const string UnknownIndustry = "未知的行业“{0}”，可选：{1}。";
    public const string UnknownDepartment = "未知的部门“{0}”，可选：{1}。";
    public const string UnknownRole = "未知的角色“{0}”，可选：{1}。";
    public const string NoSuchUnit = "{0}没有“{1}”部门单位。";
    public const string UserNameFormat = "用户名须为 3–64 位英文字母、数字或 . _ -。";
    public const string UserNameTaken = "用户名“{0}”已被使用。";
    public const string EmailFormat = "电子邮箱“{0}”格式不正确。";
    public const string EmailTaken = "电子邮箱“{0}”已被使用。";
    public const string PasswordTooShort = "密码至少需要 {0} 个字符。";
    public const string PasswordUniqueChars = "密码至少需要包含 {0} 个不同的字符。";
    public const string PasswordDigit = "密码需要包含数字。";
    public const string PasswordLower = "密码需要包含小写字母。";
    public const string PasswordUpper = "密码需要包含大写字母。";
    public const string PasswordSymbol = "密码需要包含符号。";

    // Credit codes (GB 32100-2015)
    public const string CreditCodeLength = "统一社会信用代码应为 18 位，现为 {0} 位。";
    public const string CreditCodeCharacter = "统一社会信用代码第 {0} 位“{1}”不是有效字符（可用数字和除 I、O、S、V、Z 以外的大写字母）。";
    public const string CreditCodeRegionDigits = "统一社会信用代码第 3–8 位应为行政区划码数字。";
    public const string CreditCodeCheckCharacter = "统一社会信用代码校验码不符：第 18 位应为“{0}”，而不是“{1}”。";

    // Enterprises
    public const string EnterpriseNotFound = "没有统一社会信用代码为 {0} 的企业。";
    public const string EnterpriseOutsideRegion = "该企业不在{0}的管辖范围内。";
    public const string EquipmentMissing = "设备信息不能为空。";
    public const string EquipmentQuantity = "设备数量须为正整数。";
    public const string EquipmentCapacity = "产能须为不小于 0 的数值。";
    public const string EquipmentCapacityUnit = "产能单位（如“万吨/年”）";
    public const string EnterpriseAlreadyRegistered = "统一社会信用代码 {0} 已登记为“{1}”，请在名录中修改该企业。";
    public const string EnterprisesTitle = "企业名录";
    public const string EnterprisesLead = "本单位管辖范围内登记的企业。按名称、地址或统一社会信用代码查找；公告从这里选取企业。";
    public const string EnterprisesSearch = "查找";
    public const string EnterprisesQuery = "企业名称、地址或统一社会信用代码";
    public const string EnterprisesCount = "共 {0} 家";
    public const string EnterprisesNone = "没有找到符合条件的企业。";
    public const string EnterprisesNew = "登记企业";
    public const string EnterpriseEdit = "修改企业信息";
    public const string EnterpriseSave = "保存";
    public const string EnterpriseSaved = "已保存。";
    public const string EnterpriseCreditCode = "统一社会信用代码";
    public const string EnterpriseCreditCodeHelp = "18 位，见营业执照。最后一位是校验码：输错时会提示应为哪一位字符。";
    public const string EnterpriseCreditCodeFixed = "统一社会信用代码登记后不能修改；登记错误请联系管理员。";
    public const string EnterpriseRegion = "所在地区";
    public const string EnterpriseSize = "企业规模";
    public const string EnterpriseState = "生产状态";
    public const string EnterpriseOwnership = "所有制";
    public const string EnterpriseEquipment = "主要设备及产能";
    public const string EnterpriseEquipmentHelp = "每行一台（套）设备或一条生产线；空行不保存。";
    public const string EquipmentModel = "型号";
    public const string EquipmentQuantityLabel = "数量";
    public const string EquipmentCapacityLabel = "产能";
    public const string EquipmentUnitLabel = "产能单位";
    public const string EquipmentNone = "未登记设备。";
    public const string EnterpriseHistory = "修改记录";
    public const string EnterprisePublicHistory = "公示公告";
    public const string EnterprisePublicPage = "公开页面";
    public const string EnterpriseNewAnnouncement = "为该企业新建公告";
    public const string EnterpriseBack = "返回企业名录";
    public const string EnterpriseFormErrors = "表单有误，请按提示修改。";
    public const string ImportTitle = "批量导入企业";
    public const string ImportLead = "上传 .xlsx 或 .csv 文件（WPS、Excel 另存均可，UTF-8 或 GBK 编码），每行一台设备，同一企业的多台设备写在相邻几行，企业信息可只在第一行填写。先预览检查，确认后才写入。";
    public const string ImportTemplate = "下载模板（CSV）";
    public const string ImportFile = "文件";
    public const string ImportUpload = "上传并预览";
    public const string ImportFileRequired = "请选择要导入的文件。";
    public const string ImportTooLarge = "文件不能超过 {0} MB。";
    public const string ImportNotASheet = "“{0}”不是 .xlsx 或 .csv 表格文件。";
    public const string ImportUnreadable = "无法读取“{0}”，请用 WPS 或 Excel 另存为 .xlsx 后再上传。";
    public const string ImportTooManyRows = "一次最多导入 {0} 行，请分批导入。";
    public const string ImportMissingColumns = "表格缺少以下列：{0}。请使用模板的列标题。";
    public const string ImportLine = "第 {0} 行：";
    public const string ImportNotFound = "没有找到这次导入，或它不是您上传的。";
    public const string ImportAlreadyConfirmed = "这次导入已经确认过了。";
    public const string ImportNothingToImport = "没有可以导入的企业，请修改表格后重新上传。";
    public const string ImportSummary = "“{0}”：{1} 家企业可以导入（新增 {2} 家，更新 {3} 家）；{4} 家有错误，不会导入。";
    public const string ImportProblems = "有错误的行";
    public const string ImportPreview = "将要导入的企业（前 {0} 家）";
    public const string ImportConfirm = "确认导入 {0} 家企业";
    public const string ImportRunning = "正在导入：已完成 {0} / {1} 家（{2}%）。页面每 2 秒自动刷新。";
    public const string ImportFinished = "导入完成：写入 {0} 家，失败 {1} 家。";
    public const string ImportAgain = "导入另一个文件";
    public const string ImportColumnLine = "行号";
    public const string ImportColumnProblem = "问题";
    public const string ImportAction = "批量导入";
    public const string AuditEnterpriseCreate = "登记企业";
    public const string AuditEnterpriseUpdate = "修改企业信息";

    public static string SizeName(Enterprises.EnterpriseSize size) => size switch
    {
        Enterprises.EnterpriseSize.AboveScale => "规模以上",
        _ => "规模以下",
    };

    public static string StateName(Enterprises.EnterpriseState state) => state switch
    {
        Enterprises.EnterpriseState.Operating => "在产",
        Enterprises.EnterpriseState.Stopped => "停产",
        _ => "关闭",
    };

    public static string OwnershipName(Enterprises.Ownership ownership) => ownership switch
    {
        Enterprises.Ownership.StateOwned => "国有",
        Enterprises.Ownership.ForeignOwned => "外资",
        Enterprises.Ownership.Collective => "集体",
        _ => "民营",
    };

    // Calendar
    public const string StatutoryHoliday = "法定节假日";
    public const string MakeUpWorkingDay = "调休上班";
    public const string CalendarNoticeSource = "国务院办公厅关于{0}年部分节假日安排的通知";
    public const string CalendarYearRange = "年份须在 {0} 至 {1} 之间。";
    public const string CalendarFromRequired = "请提供起算日期 from（格式 YYYY-MM-DD）。";
    public const string CalendarDaysRequired = "请提供工作日天数 days。";
    public const string CalendarBadDate = "“{0}”不是有效日期，格式应为 YYYY-MM-DD。";
    public const string CalendarDaysRange = "工作日天数须为 0 至 {0} 之间的整数。";
    public const string CalendarNotWeekend = "{0} 不是周六或周日，不能作为调休上班日。";
    public const string CalendarBothKinds = "{0} 不能既是休息日又是调休上班日。";
    public const string CalendarDateOutsideYear = "{0} 不属于 {1} 年的节假日安排（可含上一年 12 月）。";
    public const string CalendarDayOfOtherNotice = "{0} 已由 {1} 年的通知安排，请先修改该年。";
    public const string CalendarSourceTooLong = "来源说明不能超过 256 个字。";
    public const string NoticeMissingYear = "每行须以年份开头，例如“2027: 元旦 01-01; … | workdays: …”。";
    public const string NoticeBadHoliday = "无法识别节日“{0}”，格式应为“名称 MM-DD..MM-DD”。";
    public const string NoticeBadDate = "无法识别日期“{0}”。";

    // Sign-in
    public const string BadCredentials = "用户名或密码错误。";
    public const string TotpRequired = "请提供身份验证器中的 6 位动态验证码。";
    public const string BadTotp = "动态验证码不正确、已过期或已经用过。每个验证码只能使用一次，请等待下一个。";
    public const string StaffUserNotFound = "没有名为“{0}”的工作人员账户。";
    public const string CannotDisableSelf = "不能停用自己的账户：请由另一位系统管理员操作。";
    public const string CurrentPassword = "当前密码";
    public const string ChangePasswordTitle = "修改密码";
    public const string ChangePasswordButton = "保存新密码";
    public const string ChangePasswordDone = "密码已修改。其他设备上的登录已经失效。";
    public const string NewPassword = "新密码";
    public const string CurrentPasswordWrong = "当前密码不正确。";
    public const string ResetAccount = "用户名或电子邮箱";
    public const string ResetRequested = "如果该账户存在且未停用，重设密码的链接已发送到它登记的电子邮箱，30 分钟内有效，只能使用一次。";
    public const string ResetMailSubject = "重设工作台登录密码";
    public const string ResetMailBody = "{0}：\n\n有人为您的工作台账户申请了重设密码。如果是您本人，请在 {2:yyyy-MM-dd HH:mm}（北京时间）之前打开下面的链接设置新密码，链接只能使用一次：\n\n{1}\n\n如果不是您本人申请，请忽略本邮件，您的密码不会改变。";
    public const string ResetLinkInvalid = "重设密码的链接无效、已使用或已过期，请重新申请。";
    public const string ForgotPasswordTitle = "忘记密码";
    public const string ForgotPasswordLink = "忘记密码？";
    public const string ForgotPasswordButton = "发送重设链接";
    public const string ResetPasswordTitle = "设置新密码";
    public const string ResetPasswordButton = "保存新密码";
    public const string PasswordResetDone = "密码已重设，请用新密码登录。";
    public const string StaffSendResetButton = "发送重设密码链接";
    public const string NewPasswordHelp = "至少 12 个字符；长一些的一句话比复杂的短密码更安全。";
    public const string TwoFactorNeeded = "此账户尚未启用两步验证：请先登录后台，用身份验证器完成绑定，然后才能使用接口。";
    public const string BadRecoveryCode = "恢复码不正确或已经用过。";
    public const string AuthenticatorKeyFormat = "身份验证器密钥须为 Base32 编码（字母 A–Z 和数字 2–7），至少 16 个字符。";
    public const string AuthenticatorKey = "身份验证器密钥";

    // Pages
    public const string UserNameRequired = "请填写用户名。";
    public const string PasswordRequired = "请填写密码。";
    public const string TotpCode = "动态验证码";
    public const string TotpFormat = "动态验证码为 6 位数字。";
    public const string SignInTitle = "工作人员登录";
    public const string SignInButton = "登录";
    public const string SignOutButton = "退出登录";
    public const string TwoFactorTitle = "两步验证";
    public const string TwoFactorHint = "请打开身份验证器应用，输入当前显示的 6 位动态验证码。";
    public const string VerifyButton = "验证";
    public const string EnrolTitle = "启用两步验证";
    public const string EnrolHint = "所有工作人员账户都必须启用两步验证，之后才能进入后台。请在身份验证器应用（如 FreeOTP、Google Authenticator、Microsoft Authenticator）中手动添加以下密钥，然后输入应用显示的 6 位验证码。";
    public const string RecoveryTitle = "请保存恢复码";
    public const string RecoveryHint = "手机丢失或无法使用身份验证器时，可用下列恢复码之一代替动态验证码登录。每个恢复码只能使用一次。请打印或抄写后妥善保管，本页离开后不再显示。";
    public const string RecoveryContinue = "我已保存，进入后台";
    public const string RecoveryCodeLabel = "恢复码";
    public const string RecoveryCodeRequired = "请填写恢复码。";
    public const string RecoveryInstead = "无法使用身份验证器？用恢复码登录";
    public const string RecoveryButton = "用恢复码登录";
    public const string EnrolKey = "密钥";
    public const string EnrolUri = "配置链接";
    public const string DeniedTitle = "无权访问";
    public const string DeniedText = "您的账户没有访问此页面的权限。如需开通，请联系系统管理员。";
    public const string BackOfficeTitle = "工作台";
    public const string BackOfficeWelcome = "您好，{0}";
    public const string BackOfficeUnit = "所在单位";
    public const string BackOfficeRoles = "角色";
    public const string BackOfficeScope = "管辖范围";
    public const string BackOfficeTasks = "可办理的事项";
    public const string CalendarTitle = "工作日日历";
    public const string CalendarIntro = "节假日与调休上班日按国务院办公厅每年发布的节假日安排通知录入。所有期限均按此日历以工作日计算。新一年的通知发布后，请在此录入，无需升级系统。";
    public const string CalendarNoticeLabel = "节假日安排（一行）";
    public const string CalendarNoticeHelp = "格式：年份: 节日 月-日..月-日; … | workdays: 月-日, …；跨年日期写作 2026-12-31 或 12-31(2026)。录入某年会替换该年原有安排。";
    public const string CalendarNoticeRequired = "请填写节假日安排。";
    public const string CalendarSourceLabel = "来源（通知名称、文号）";
    public const string CalendarSaveButton = "保存该年安排";
    public const string CalendarSaved = "已保存 {0} 年节假日安排。";
    public const string CalendarYear = "年份";
    public const string CalendarRestDays = "放假日期";
    public const string CalendarWorkingDays = "调休上班日期";
    public const string CalendarUpdated = "录入";
    public const string CalendarEditYear = "编辑 {0} 年安排";
    public const string CalendarNewYear = "录入新一年的安排";
    public const string CalendarEditTitle = "{0} 年节假日安排";
    public const string CalendarEditLead = "按国务院办公厅通知逐项填写：每个节日的放假起止日期，以及调休上班的周六、周日。保存后替换该年原有安排，所有期限立即按新日历计算。";
    public const string CalendarHolidays = "放假安排";
    public const string CalendarHolidayName = "节日";
    public const string CalendarHolidayFrom = "放假开始";
    public const string CalendarHolidayTo = "放假结束";
    public const string CalendarMakeUpDays = "调休上班日（须为周六或周日）";
    public const string CalendarMakeUpDay = "第{0}个调休上班日";
    public const string CalendarNoticeNumber = "通知文号";
    public const string CalendarNoticeNumberHelp = "如“国办发明电〔2026〕7号”。";
    public const string CalendarNoticeDate = "通知印发日期";
    public const string CalendarHolidayNameRequired = "请填写节日名称。";
    public const string CalendarHolidayDatesRequired = "请填写{0}的放假开始和结束日期。";
    public const string CalendarHolidayOrder = "{0}的放假结束日期不能早于开始日期。";
    public const string CalendarHolidayTooLong = "{0}的放假时间超过 {1} 天，请检查日期。";
    public const string CalendarNothingEntered = "请至少填写一个节日的放假日期。";
    public const string CalendarBackToYears = "返回工作日日历";
    public const string CalendarYearChoose = "年份";
    public const string CalendarOpenYear = "打开";
    public const string StaffTitle = "工作人员账户";
    public const string StaffNew = "开通账户";
    public const string StaffRegion = "所在地区";
    public const string StaffPasswordHelp = "至少 12 个字符，请通过安全渠道告知本人。";
    public const string StaffCreateButton = "开通";
    public const string StaffCreated = "已开通账户 {0}。";
    public const string StaffTwoFactor = "两步验证";
    public const string StaffLocked = "（登录失败过多，暂停登录中）";
    public const string StaffUnlockButton = "立即解除";
    public const string StaffUnlocked = "已解除 {0} 的登录暂停。";
    public const string StaffDisabled = "（已停用）";
    public const string StaffDisableButton = "停用";
    public const string StaffEnableButton = "启用";
    public const string StaffResetTwoFactorButton = "重置两步验证";
    public const string StaffChanged = "已更新账户 {0}。";
    public const string StaffActions = "操作";
    public const string Yes = "已启用";
    public const string No = "未启用";
    public const string RoleEditor = "编辑";
    public const string RoleHandler = "承办人";
    public const string RoleSupervisor = "督办";
    public const string RoleAdmin = "系统管理员";

    public const string StaffFilterQuery = "查找（用户名或电子邮箱）";
    public const string StaffFilterRole = "筛选角色";
    public const string StaffFilterRegion = "筛选地区（含下级）";
    public const string StaffFilterState = "筛选状态";
    public const string StaffState = "状态";
    public const string StaffFilterAny = "全部";
    public const string StaffFilterButton = "筛选";
    public const string StaffStateActive = "正常";
    public const string StaffStateDisabled = "已停用";
    public const string StaffStateHeld = "暂停登录中";
    public const string StaffStateNoTwoFactor = "未启用两步验证";
    public const string StaffCount = "共 {0} 个账户";
    public const string StaffNone = "没有符合条件的账户。";
    public const string StaffAccountTitle = "账户 {0}";
    public const string StaffEditTitle = "修改角色、单位和电子邮箱";
    public const string StaffEditHelp = "更换角色或单位后，该账户的所有登录会话和令牌立即失效，需要重新登录。";
    public const string StaffSave = "保存修改";
    public const string StaffCreatedAt = "开通时间";
    public const string StaffDisabledAt = "停用时间";
    public const string StaffHistory = "账户记录";
    public const string StaffBack = "返回账户列表";
    public const string AuditStaffCreate = "开通账户";
    public const string AuditStaffUpdate = "修改账户";
    public const string AuditStaffEnable = "启用账户";
    public const string AuditStaffDisable = "停用账户";
    public const string AuditStaffUnlock = "解除登录暂停";
    public const string AuditStaffResetTwoFactor = "重置两步验证";
    public const string AuditStaffResetLink = "发送重设密码链接";
    public const string AuditStaffPasswordReset = "通过邮件链接重设密码";
    public const string AuditStaffChangePassword = "修改本人密码";

    public static string RoleName(string role) => role switch
    {
        Staff.Roles.Editor => RoleEditor,
        Staff.Roles.Handler => RoleHandler,
        Staff.Roles.Supervisor => RoleSupervisor,
        Staff.Roles.Admin => RoleAdmin,
        _ => role,
    };
}
