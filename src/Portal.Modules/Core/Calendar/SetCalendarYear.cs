using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Calendar;

/// <summary>
/// An administrator enters or corrects one year's notice without a release: the State Council publishes the next
/// year's holidays each November or December (docs/domain.md, "Working days").
/// </summary>
public static class SetCalendarYear
{
    public sealed record Command(
        int Year,
        IReadOnlyList<string>? RestDays,
        IReadOnlyList<string>? WorkingWeekendDays,
        string? Source,
        IReadOnlyDictionary<DateOnly, string>? HolidayNames = null)
    {
        /// <summary>The same command from the one-line form of a notice, as the calendar page takes it.</summary>
        public static Command FromNotice(HolidayNotice notice, string? source) => new(
            notice.Year,
            notice.Holidays.SelectMany(h => Dates(h.Start, h.End)).Select(Format).ToList(),
            notice.WorkingDays.Select(Format).ToList(),
            source,
            notice.Holidays.SelectMany(h => Dates(h.Start, h.End).Select(d => (d, h.Name))).ToDictionary(x => x.d, x => x.Name));

        private static IEnumerable<DateOnly> Dates(DateOnly start, DateOnly end)
        {
            for (var d = start; d <= end; d = d.AddDays(1))
            {
                yield return d;
            }
        }

        private static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public sealed record Result(int Year, int RestDays, int WorkingWeekendDays);

    public static class Validator
    {
        public static ValidationErrors Validate(Command command, out List<DateOnly> rest, out List<DateOnly> working)
        {
            var errors = new ValidationErrors();
            if (command.Year is < CalendarLimits.FirstYear or > CalendarLimits.LastYear)
            {
                // The dates are read against the year, which must exist first (year 0 or -1 has no December).
                errors.Add("year", CalendarLimits.YearOutOfRange);
                (rest, working) = ([], []);
                return errors;
            }
            rest = ParseAll(command.RestDays, "restDays", command.Year, errors);
            working = ParseAll(command.WorkingWeekendDays, "workingWeekendDays", command.Year, errors);
            foreach (var day in working.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            {
                errors.Add("workingWeekendDays", string.Format(CoreText.CalendarNotWeekend, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            foreach (var day in rest.Intersect(working))
            {
                errors.Add("workingWeekendDays", string.Format(CoreText.CalendarBothKinds, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            if ((command.Source?.Length ?? 0) > 256)
            {
                errors.Add("source", CoreText.CalendarSourceTooLong);
            }
            return errors;
        }

        private static List<DateOnly> ParseAll(IReadOnlyList<string>? values, string field, int year, ValidationErrors errors)
        {
            var dates = new List<DateOnly>();
            // A notice may reach into the December before its year (the 2019 notice moved 2018-12-29 and 2018-12-31).
            var first = year > CalendarLimits.FirstYear ? new DateOnly(year - 1, 12, 1) : DateOnly.MinValue;
            var last = year < CalendarLimits.LastYear ? new DateOnly(year, 12, 31) : DateOnly.MaxValue;
            foreach (var value in values ?? [])
            {
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    errors.Add(field, string.Format(CoreText.CalendarBadDate, value));
                }
                else if (date < first || date > last)
                {
                    errors.Add(field, string.Format(CoreText.CalendarDateOutsideYear, value, year));
                }
                else if (!dates.Contains(date))
                {
                    dates.Add(date);
                }
            }
            return dates;
        }
    }

    public sealed class Handler(PortalDbContext db, Audit audit, WorkingDayCalendar calendar, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, string actor, CancellationToken cancellationToken)
        {
            var errors = Validator.Validate(command, out var rest, out var working);
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var all = rest.Concat(working).ToList();
            var takenElsewhere = await db.CalendarDays
                .Where(d => all.Contains(d.Date) && d.NoticeYear != command.Year)
                .Select(d => new { d.Date, d.NoticeYear })
                .ToListAsync(cancellationToken);
            foreach (var taken in takenElsewhere)
            {
                errors.Add("restDays", string.Format(CoreText.CalendarDayOfOtherNotice, taken.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), taken.NoticeYear));
            }
            if (!errors.IsEmpty)
            {
                return Outcome<Result>.Invalid(errors);
            }

            var names = command.HolidayNames ?? await db.CalendarDays.AsNoTracking()
                .Where(d => d.NoticeYear == command.Year && d.Name != null)
                .ToDictionaryAsync(d => d.Date, d => d.Name!, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.CalendarDays.Where(d => d.NoticeYear == command.Year).ExecuteDeleteAsync(cancellationToken);
            db.CalendarDays.AddRange(rest.Select(d => new CalendarDay
            {
                Date = d, IsWorkingDay = false, NoticeYear = command.Year, Name = names.GetValueOrDefault(d) ?? CoreText.StatutoryHoliday,
            }));
            db.CalendarDays.AddRange(working.Select(d => new CalendarDay
            {
                Date = d, IsWorkingDay = true, NoticeYear = command.Year, Name = CoreText.MakeUpWorkingDay,
            }));
            var year = await db.CalendarYears.FindAsync([command.Year], cancellationToken);
            if (year is null)
            {
                db.CalendarYears.Add(year = new CalendarYear { Year = command.Year, UpdatedBy = actor });
            }
            year.Source = command.Source;
            year.UpdatedBy = actor;
            year.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(actor, "calendar.set", nameof(CalendarYear), command.Year.ToString(CultureInfo.InvariantCulture),
                new { restDays = rest, workingWeekendDays = working, command.Source });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            calendar.Invalidate();
            return Outcome<Result>.Ok(new Result(command.Year, rest.Count, working.Count));
        }
    }
}
