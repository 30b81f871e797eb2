using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Calendar;

/// <summary>Every year's holiday notice as entered, newest first, with its days: what the calendar page shows.</summary>
public static class ListCalendarYears
{
    public sealed record YearRow(int Year, string? Source, DateTime UpdatedAt, string UpdatedBy, IReadOnlyList<CalendarDay> Days);

    public sealed class Handler(PortalDbContext db)
    {
        public async Task<IReadOnlyList<YearRow>> HandleAsync(CancellationToken cancellationToken)
        {
            var years = await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(cancellationToken);
            var days = (await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(d => d.NoticeYear);
            return [.. years.Select(y => new YearRow(y.Year, y.Source, y.UpdatedAt, y.UpdatedBy, [.. days[y.Year].OrderBy(d => d.Date)]))];
        }
    }
}
