using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Calendar;

/// <summary>
/// Where a deadline is about to be counted on a year whose holiday notice nobody entered, weekends alone decide and the
/// due date may be days early or late. The State Council publishes next year's notice in October to December, so from
/// November an administrator is reminded of next year; and of any year an open deadline already falls in.
/// </summary>
public sealed class CalendarWarning(WorkingDayCalendar calendar, IEnumerable<IDeadlineHorizon> horizons, TimeProvider clock)
{
    public const int RemindFromMonth = 11;

    public async Task<IReadOnlyList<int>> MissingYearsAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var last = today.Month >= RemindFromMonth ? today.Year + 1 : today.Year;
        foreach (var horizon in horizons)
        {
            if (await horizon.LatestOpenDeadlineAsync(cancellationToken) is { } latest && latest.Year > last)
            {
                last = latest.Year;
            }
        }
        return [.. Enumerable.Range(today.Year, last - today.Year + 1).Where(year => !rules.HasNoticeFor(year))];
    }
}

/// <summary>A module that keeps deadlines says how far ahead the latest open one lies.</summary>
public interface IDeadlineHorizon
{
    Task<DateOnly?> LatestOpenDeadlineAsync(CancellationToken cancellationToken);
}
