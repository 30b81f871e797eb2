using System.Text.RegularExpressions;
using Portal.Modules.Core.Calendar;

namespace Portal.Modules.Disclosure.Tests;

/// <summary>The working-day calendar of ../shared/reference/facts.md, read from the reference itself.</summary>
public static partial class OfficialCalendar
{
    public static WorkingDayRules Rules { get; } = Load();

    private static WorkingDayRules Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }
        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found"), "..", "shared", "reference", "facts.md");
        var notices = File.ReadAllLines(path).Where(l => YearLine().IsMatch(l))
            .Select(l => HolidayNoticeParser.Parse(Remark().Replace(l, string.Empty)))
            .ToList();
        return new WorkingDayRules(notices.SelectMany(n => n.Days()), notices.Select(n => n.Year));
    }

    [GeneratedRegex(@"^20\d\d: ")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\s*\([^)]*[A-Za-z][^)]*\)")]
    private static partial Regex Remark();
}
