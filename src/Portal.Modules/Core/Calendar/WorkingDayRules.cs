namespace Portal.Modules.Core.Calendar;

/// <summary>
/// The official working-day calendar at one moment: Monday–Friday work, Saturday and Sunday rest, except the
/// days a State Council notice moved. Every deadline of the programme counts on it (docs/domain.md,
/// "Working days"); "within N working days of D" starts counting on the first working day after D.
/// </summary>
public sealed class WorkingDayRules
{
    private readonly Dictionary<DateOnly, bool> _exceptions;
    private readonly HashSet<int> _noticeYears;

    public WorkingDayRules(IEnumerable<CalendarDay> exceptions, IEnumerable<int> noticeYears)
    {
        _exceptions = new Dictionary<DateOnly, bool>();
        foreach (var day in exceptions)
        {
            _exceptions[day.Date] = day.IsWorkingDay;
        }
        _noticeYears = noticeYears.ToHashSet();
    }

    /// <summary>Longest span the portal will count, so a typo such as 100000 days cannot tie up a request.</summary>
    public const int MaxDays = 3660;

    public bool IsWorkingDay(DateOnly date) =>
        _exceptions.TryGetValue(date, out var working)
            ? working
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Whether the notice for that year has been entered; without it only weekends are known.</summary>
    public bool HasNoticeFor(int year) => _noticeYears.Contains(year);

    /// <summary>The Nth working day after <paramref name="from"/> (from itself not counted); N = 0 gives from.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var date = from;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }
        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The date itself when it is a working day, else the next one (遇休息日顺延).</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }
}
