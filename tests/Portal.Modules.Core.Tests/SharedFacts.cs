using System.Text.RegularExpressions;
using Portal.Modules.Core.Calendar;

namespace Portal.Modules.Core.Tests;

/// <summary>Reads ../shared/reference/facts.md, so the calendar is checked against the reference itself, not a copy of it.</summary>
public static partial class SharedFacts
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test output");
        }
    }

    public static IReadOnlyList<HolidayNotice> Notices()
    {
        var path = Path.Combine(RepositoryRoot, "..", "shared", "reference", "facts.md");
        var lines = File.ReadAllLines(path).Where(l => YearLine().IsMatch(l))
            // Drop the English remarks in brackets, e.g. "(extended by the notice of 2020-01-27; …)"; keep "(2017)".
            .Select(l => Remark().Replace(l, string.Empty));
        return lines.Select(HolidayNoticeParser.Parse).ToList();
    }

    [GeneratedRegex(@"^20\d\d: ")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\s*\([^)]*[A-Za-z][^)]*\)")]
    private static partial Regex Remark();
}
