namespace Portal.Modules.Core.Calendar;

/// <summary>
/// A day that the State Council's yearly notice (国务院办公厅关于XXXX年部分节假日安排的通知) takes out of the
/// ordinary Monday–Friday rule: a holiday rest day, or a weekend day worked instead (调休上班).
/// </summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }
    public string? Name { get; set; }

    /// <summary>The notice that set it: the 2019 notice also moved 2018-12-29 and 2018-12-31.</summary>
    public int NoticeYear { get; set; }
}

/// <summary>That the notice for a year has been entered, by whom and when.</summary>
public sealed class CalendarYear
{
    public int Year { get; set; }
    public string? Source { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
