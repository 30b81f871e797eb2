namespace Portal.Web;

/// <summary>The Chinese text of the host's own pages: home, the list pages until their module lands, errors.</summary>
public static class WebText
{
    public const string HomeTitle = "首页";
    public const string SiteMapTitle = "网站地图";
    public const string SiteMapLists = "名单与公告";
    public const string SiteMapFind = "查询";
    public const string SiteMapSearch = "全文检索";
    public const string SiteMapReport = "举报";
    public const string SiteMapReportForm = "我要举报";
    public const string SiteMapReportStatus = "查询举报办理进度";
    public const string SiteMapReportChannels = "电话、信件等其他举报渠道";
    public const string SiteMapData = "开放数据";
    public const string SiteMapApi = "开放数据接口说明（OpenAPI）";
    public const string SiteMapCsv = "全部公告（CSV）";
    public const string SiteMapFeed = "最新公告订阅（Atom）";
    public const string SiteMapXml = "网站地图（XML，供搜索引擎）";
    public const string HomeIntro = "依据国家和本省利用综合标准依法依规推动落后产能退出的有关规定，本平台集中公开各级部门对钢铁、煤炭、水泥、电解铝、平板玻璃等行业企业的能耗、环保、质量、安全、技术检查结果，并受理社会公众举报。";
    public const string HomeLists = "五类名单";
    public const string HomeEnterprises = "在册企业";
    public const string HomeEnterprisesByRegion = "按地区";
    public const string HomeEnterprisesByIndustry = "按行业";
    public const string HomeEnterpriseCount = "{0} 家";
    public const string HomeYellowNow = "黄牌卡片的公告中，企业目前仍在黄牌名单上（尚未整改验收）的公示：{0} 条。";
    public const string HomeCardUnit = "条公告";
    public const string HomeCardsHelp = "卡片上的数字是各名单已公开的公告条数（含整改、验收等各阶段）。";
    public const string HomeReportTitle = "举报落后产能";
    public const string HomeReportText = "发现落后产能、违法违规建设生产、已淘汰产能死灰复燃、整改弄虚作假或审批把关不严等问题，可以实名或匿名举报。实名举报做到有报必查。";
    public const string ErrorTitle = "出错了";
    public const string Error404Title = "页面不存在";
    public const string Error404Text = "您访问的页面不存在或已被移除。请检查地址，或从首页重新进入。";
    public const string Error403Title = "无权访问";
    public const string Error403Text = "您没有访问此页面的权限。";
    public const string Error500Title = "服务器出错";
    public const string Error500Text = "服务器处理请求时出错，我们已记录此问题。请稍后再试。";
    public const string ErrorOtherText = "请求未能完成（状态码 {0}）。";
    public const string BackHome = "返回首页";
    public const string ApiNotFound = "没有这个接口或资源。";
    public const string ApiUnauthorized = "请先获取访问令牌（POST /api/v1/auth/token），并以 Authorization: Bearer 方式携带。";
    public const string ApiForbidden = "当前账户没有执行此操作的权限。";
    public const string ApiMethodNotAllowed = "此接口不支持该请求方法。";
    public const string ApiUnsupportedMediaType = "请求体格式不受支持，请使用 application/json。";
    public const string ApiServerError = "服务器处理请求时出错，请稍后再试。";
    public const string ApiOther = "请求未能完成。";
    public const string TooLongTitle = "请求过大";
    public const string AddressTooLong = "请求地址（路径和查询参数）超过 {0} 个字符的上限。";
    public const string HeadersTooLong = "请求头合计超过 {0} KB 的上限。";
    public const string BodyTooLarge = "请求体超过 {0} 的上限。";
    public const string BodyTooSlow = "请求体传输过慢，已中止。";
    public const string BodyUnreadable = "请求体不完整或格式错误（例如 multipart 表单被截断、编码无效），无法读取。";
    public const string PathHasControlCharacters = "请求地址含有控制字符或无效字符。";
    public const string ParameterHasControlCharacters = "参数“{0}”含有控制字符或无效字符（如 NUL、U+FFFE），请删除后重试。";
}
