using Portal.Modules.Core.Calendar;

namespace Portal.Modules.Core.Tests.Calendar;

public class HolidayNoticeParserTests
{
    [Fact]
    public void Reads_ranges_single_days_and_make_up_days()
    {
        var notice = HolidayNoticeParser.Parse("2024: 元旦 01-01; 春节 02-10..02-17 | workdays: 02-04, 02-18");
        Assert.Equal(2024, notice.Year);
        Assert.Equal([new HolidayRange("元旦", new(2024, 1, 1), new(2024, 1, 1)), new HolidayRange("春节", new(2024, 2, 10), new(2024, 2, 17))], notice.Holidays);
        Assert.Equal([new DateOnly(2024, 2, 4), new DateOnly(2024, 2, 18)], notice.WorkingDays);
    }

    [Fact]
    public void Reads_dates_of_the_year_before_in_both_spellings()
    {
        var a = HolidayNoticeParser.Parse("2018: 元旦 12-30(2017)..01-01");
        var b = HolidayNoticeParser.Parse("2019: 元旦 2018-12-30..2019-01-01 | workdays: 2018-12-29");
        Assert.Equal(new DateOnly(2017, 12, 30), a.Holidays[0].Start);
        Assert.Equal(new DateOnly(2018, 12, 30), b.Holidays[0].Start);
        Assert.Equal(new DateOnly(2018, 12, 29), b.WorkingDays[0]);
    }

    [Theory]
    [InlineData("元旦 01-01")]
    [InlineData("2027: 元旦 13-01")]
    [InlineData("2027: 元旦 02-30")]
    [InlineData("2027: 春节 02-10..01-17")]
    public void Refuses_a_line_it_cannot_read_with_a_Chinese_reason(string line)
    {
        var error = Assert.Throws<FormatException>(() => HolidayNoticeParser.Parse(line));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
    }
}
