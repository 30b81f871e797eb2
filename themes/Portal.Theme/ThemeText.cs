namespace Portal.Theme;

/// <summary>The Chinese text of the layout: header, navigation and footer.</summary>
public static class ThemeText
{
    public const string SkipToContent = "跳到正文";
    public const string ListsNav = "公示名单";
    public const string Report = "我要举报";
    public const string Home = "首页";
    public const string SearchLabel = "搜索公示公告";
    public const string SearchPlaceholder = "企业名称、统一社会信用代码、地区、行业、文号";
    public const string SearchButton = "搜索";
    public const string BackOffice = "工作台";
    public const string StaffSignIn = "工作人员登录";
    public const string BackOfficeNav = "工作台导航";
    public const string BackOfficeHome = "工作台首页";
    public const string SignOut = "退出登录";
    public const string Breadcrumbs = "当前位置";
    public const string CalendarMissing = "尚未录入 {0} 年的节假日安排：落在这些年份的期限只按周末计算，可能提前或推后。";
    public const string CalendarEnter = "录入节假日安排";
    public const string Sponsor = "主办：{0}";
    public const string ElderView = "长者模式";
    public const string StandardView = "标准模式";
    public const string Organizer = "承办：{0}";
    public const string SiteCode = "网站标识码：{0}";
    public const string Contact = "联系我们";
    public const string ContactPhone = "电话：{0}";
    public const string ContactEmail = "电子邮箱：{0}";
    public const string ContactAddress = "地址：{0}";
    public const string SiteMap = "网站地图";
    public const string FooterNote = "本平台公开落后产能退出相关的违法违规、淘汰、整改、强制退出和达标企业名单，并受理社会公众举报。举报人信息依法保密。";
}
