using System.Globalization;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Core.Calendar;

/// <summary>
/// The calendar page's form for one year (/backoffice/calendar/{year}): each holiday as a name and its first and last
/// day off, the make-up working weekend days, and the notice's number and date, as the State Council's notice is laid
/// out (国务院办公厅关于某年部分节假日安排的通知). Saved through <see cref="SetCalendarYear"/>, which checks each date.
/// </summary>
public static class EditCalendarYear
{
    /// <summary>A holiday's days off never run longer than the Spring Festival's nine.</summary>
    public const int MaxHolidayDays = 12;

    public sealed record Holiday(string? Name, DateOnly? From, DateOnly? To);

    public sealed record Command(int Year, IReadOnlyList<Holiday> Holidays, IReadOnlyList<DateOnly?> MakeUpDays, string? NoticeNumber, DateOnly? NoticeDate);

    /// <summary>The form as a year stands now: its holidays grouped into runs of days with one name.</summary>
    public sealed record Form(int Year, IReadOnlyList<Holiday> Holidays, IReadOnlyList<DateOnly> MakeUpDays, string? Source, bool Entered);

    public sealed class Handler(SetCalendarYear.Handler set, PortalDbContext db)
    {
        public async Task<Form> FormAsync(int year, CancellationToken cancellationToken)
        {
            var days = await db.CalendarDays.AsNoTracking().Where(d => d.NoticeYear == year).OrderBy(d => d.Date).ToListAsync(cancellationToken);
            var source = await db.CalendarYears.AsNoTracking().Where(y => y.Year == year).Select(y => y.Source).FirstOrDefaultAsync(cancellationToken);
            var holidays = new List<Holiday>();
            foreach (var day in days.Where(d => !d.IsWorkingDay))
            {
                if (holidays.Count > 0 && holidays[^1] is { } last && last.Name == day.Name && last.To == day.Date.AddDays(-1))
                {
                    holidays[^1] = last with { To = day.Date };
                }
                else
                {
                    holidays.Add(new Holiday(day.Name, day.Date, day.Date));
                }
            }
            return new Form(year, holidays, [.. days.Where(d => d.IsWorkingDay).Select(d => d.Date)], source, days.Count > 0);
        }

        public async Task<Outcome<SetCalendarYear.Result>> HandleAsync(Command command, string actor, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var restDays = new List<string>();
            var names = new Dictionary<DateOnly, string>();
            for (var i = 0; i < command.Holidays.Count; i++)
            {
                var (name, from, to) = command.Holidays[i];
                if (string.IsNullOrWhiteSpace(name) && from is null && to is null)
                {
                    continue;
                }
                var field = $"holidays[{i}]";
                var label = string.IsNullOrWhiteSpace(name) ? CoreText.CalendarHolidayName : name.Trim();
                if (string.IsNullOrWhiteSpace(name))
                {
                    errors.Add($"{field}.name", CoreText.CalendarHolidayNameRequired);
                }
                if (from is null || to is null)
                {
                    errors.Add($"{field}.from", string.Format(CoreText.CalendarHolidayDatesRequired, label));
                    continue;
                }
                if (to < from)
                {
                    errors.Add($"{field}.to", string.Format(CoreText.CalendarHolidayOrder, label));
                    continue;
                }
                if (to.Value.DayNumber - from.Value.DayNumber + 1 > MaxHolidayDays)
                {
                    errors.Add($"{field}.to", string.Format(CoreText.CalendarHolidayTooLong, label, MaxHolidayDays));
                    continue;
                }
                for (var d = from.Value; d <= to.Value; d = d.AddDays(1))
                {
                    restDays.Add(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    names[d] = label;
                }
            }
            if (restDays.Count == 0 && errors.IsEmpty)
            {
                errors.Add("holidays", CoreText.CalendarNothingEntered);
            }
            if (!errors.IsEmpty)
            {
                return Outcome<SetCalendarYear.Result>.Invalid(errors);
            }
            var makeUp = command.MakeUpDays.OfType<DateOnly>().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            var number = command.NoticeNumber?.Trim();
            var issued = string.Join("，", new[] { number, command.NoticeDate?.ToString("yyyy年M月d日印发", CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrEmpty(p)));
            var source = string.Format(CoreText.CalendarNoticeSource, command.Year) + (issued.Length > 0 ? $"（{issued}）" : string.Empty);
            return await set.HandleAsync(new SetCalendarYear.Command(command.Year, restDays, makeUp, source, names), actor, cancellationToken);
        }
    }
}
