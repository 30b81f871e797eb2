using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Modules.Core.Calendar;

public sealed record HolidayRange(string Name, DateOnly Start, DateOnly End);

/// <summary>One year's notice, transcribed: its holidays (ranges that include the weekend days inside them) and make-up working days.</summary>
public sealed record HolidayNotice(int Year, IReadOnlyList<HolidayRange> Holidays, IReadOnlyList<DateOnly> WorkingDays)
{
    public IEnumerable<CalendarDay> Days()
    {
        foreach (var holiday in Holidays)
        {
            for (var d = holiday.Start; d <= holiday.End; d = d.AddDays(1))
            {
                yield return new CalendarDay { Date = d, IsWorkingDay = false, Name = holiday.Name, NoticeYear = Year };
            }
        }
        foreach (var day in WorkingDays)
        {
            yield return new CalendarDay { Date = day, IsWorkingDay = true, Name = CoreText.MakeUpWorkingDay, NoticeYear = Year };
        }
    }
}

/// <summary>
/// Reads the one-line form of a notice used in tests/TestData/holiday-notices.txt and on the administrator's calendar page:
/// <c>2026: 元旦 01-01..01-03; 春节 02-15..02-23 | workdays: 01-04, 02-14</c>. Dates are MM-DD of the year, or carry
/// their year as 2018-12-30 or 12-30(2017) where a notice reaches into the year before.
/// </summary>
public static partial class HolidayNoticeParser
{
    public static IReadOnlyList<HolidayNotice> ParseMany(TextReader reader)
    {
        var notices = new List<HolidayNotice>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var text = line.Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                notices.Add(Parse(text));
            }
        }
        return notices;
    }

    public static HolidayNotice Parse(string line)
    {
        var header = HeaderPattern().Match(line);
        if (!header.Success)
        {
            throw new FormatException(CoreText.NoticeMissingYear);
        }
        var year = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var body = line[header.Length..];
        var halves = body.Split('|', 2);
        var holidays = new List<HolidayRange>();
        foreach (var part in halves[0].Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = HolidayPattern().Match(part);
            if (!m.Success)
            {
                throw new FormatException(string.Format(CoreText.NoticeBadHoliday, part));
            }
            var start = ParseDate(m.Groups["start"].Value, year);
            var end = m.Groups["end"].Success ? ParseDate(m.Groups["end"].Value, year) : start;
            if (end < start || end.DayNumber - start.DayNumber > 15)
            {
                throw new FormatException(string.Format(CoreText.NoticeBadHoliday, part));
            }
            holidays.Add(new HolidayRange(m.Groups["name"].Value, start, end));
        }
        var workingDays = new List<DateOnly>();
        if (halves.Length > 1)
        {
            var list = WorkdaysPrefix().Replace(halves[1], string.Empty);
            foreach (var item in list.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                workingDays.Add(ParseDate(item, year));
            }
        }
        return new HolidayNotice(year, holidays, workingDays);
    }

    private static DateOnly ParseDate(string text, int year)
    {
        var m = DatePattern().Match(text.Trim());
        if (!m.Success)
        {
            throw new FormatException(string.Format(CoreText.NoticeBadDate, text));
        }
        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : m.Groups["y2"].Success ? int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture)
            : year;
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            throw new FormatException(string.Format(CoreText.NoticeBadDate, text));
        }
        return new DateOnly(y, month, day);
    }

    [GeneratedRegex(@"^\s*(\d{4})\s*[:：]")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?<name>[^\d\s]+)\s+(?<start>[\d\-()（）]+?)(?:\s*\.\.\s*(?<end>[\d\-()（）]+))?$")]
    private static partial Regex HolidayPattern();

    [GeneratedRegex(@"^(?:(?<y>\d{4})-)?(?<m>\d{1,2})-(?<d>\d{1,2})(?:[(（](?<y2>\d{4})[)）])?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\s*(workdays|调休上班)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex WorkdaysPrefix();
}
