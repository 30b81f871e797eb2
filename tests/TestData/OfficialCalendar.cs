using System.Text.RegularExpressions;
using Portal.Modules.Core.Calendar;

namespace Portal.TestData;

/// <summary>
/// The working-day calendar of the State Council's holiday notices as written in <c>tests/TestData/holiday-notices.txt</c>:
/// the rules under test are checked against that reference, never against the portal's own seed of the same notices.
/// </summary>
public static partial class OfficialCalendar
{
    public static IReadOnlyList<HolidayNotice> Notices { get; } = Load();

    public static WorkingDayRules Rules { get; } = new(Notices.SelectMany(n => n.Days()), Notices.Select(n => n.Year));

    private static List<HolidayNotice> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "holiday-notices.txt");
        return File.ReadAllLines(path)
            .Where(l => YearLine().IsMatch(l))
            // Drop the English remarks in brackets, e.g. "(extended by the notice of 2020-01-27; …)"; keep "(2017)".
            .Select(l => HolidayNoticeParser.Parse(Remark().Replace(l, string.Empty)))
            .ToList();
    }

    [GeneratedRegex(@"^20\d\d: ")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\s*\([^)]*[A-Za-z][^)]*\)")]
    private static partial Regex Remark();
}
