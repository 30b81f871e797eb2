namespace Portal.Theme;

/// <summary>The Chinese text of the layout: header, navigation and footer.</summary>
public static class ThemeText
{
    private static readonly Portal.Modules.Core.Localization.ModuleTexts Resource = new(typeof(ThemeText));

    public static string SkipToContent => Resource[nameof(SkipToContent)];
    public static string ListsNav => Resource[nameof(ListsNav)];
    public static string Report => Resource[nameof(Report)];
    public static string Home => Resource[nameof(Home)];
    public static string SearchLabel => Resource[nameof(SearchLabel)];
    public static string SearchPlaceholder => Resource[nameof(SearchPlaceholder)];
    public static string SearchButton => Resource[nameof(SearchButton)];
    public static string BackOffice => Resource[nameof(BackOffice)];
    public static string StaffSignIn => Resource[nameof(StaffSignIn)];
    public static string BackOfficeNav => Resource[nameof(BackOfficeNav)];
    public static string BackOfficeHome => Resource[nameof(BackOfficeHome)];
    public static string SignOut => Resource[nameof(SignOut)];
    public static string Breadcrumbs => Resource[nameof(Breadcrumbs)];
    public static string CalendarMissing => Resource[nameof(CalendarMissing)];
    public static string CalendarEnter => Resource[nameof(CalendarEnter)];
    public static string Sponsor => Resource[nameof(Sponsor)];
    public static string ElderView => Resource[nameof(ElderView)];
    public static string StandardView => Resource[nameof(StandardView)];
    public static string Organizer => Resource[nameof(Organizer)];
    public static string SiteCode => Resource[nameof(SiteCode)];
    public static string Contact => Resource[nameof(Contact)];
    public static string ContactPhone => Resource[nameof(ContactPhone)];
    public static string ContactEmail => Resource[nameof(ContactEmail)];
    public static string ContactAddress => Resource[nameof(ContactAddress)];
    public static string SiteMap => Resource[nameof(SiteMap)];
    public static string FooterNote => Resource[nameof(FooterNote)];
    public static string LanguageEnglish => Resource[nameof(LanguageEnglish)];
    public static string LanguageChinese => Resource[nameof(LanguageChinese)];
}
