using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Calendar;

public static class GetCalendarYear
{
    public sealed record Result(int Year, IReadOnlyList<DateOnly> RestDays, IReadOnlyList<DateOnly> WorkingWeekendDays, bool NoticeEntered);

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(int year, CancellationToken cancellationToken)
        {
            if (year is < CalendarLimits.FirstYear or > CalendarLimits.LastYear)
            {
                return Outcome<Result>.Invalid(new ValidationErrors().Add("year", CalendarLimits.YearOutOfRange));
            }
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            var days = await db.CalendarDays.AsNoTracking()
                .Where(d => d.Date >= first && d.Date <= last)
                .OrderBy(d => d.Date)
                .ToListAsync(cancellationToken);
            var entered = await db.CalendarYears.AnyAsync(y => y.Year == year, cancellationToken);
            // docs/api.md: restDays are the statutory holidays that fall on weekdays; weekends inside a holiday rest anyway.
            return Outcome<Result>.Ok(new Result(
                year,
                days.Where(d => !d.IsWorkingDay && !IsWeekend(d.Date)).Select(d => d.Date).ToList(),
                days.Where(d => d.IsWorkingDay && IsWeekend(d.Date)).Select(d => d.Date).ToList(),
                entered));
        }

        private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
    }
}

public static class CalendarLimits
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public static string YearOutOfRange => string.Format(CoreText.CalendarYearRange, FirstYear, LastYear);
}
