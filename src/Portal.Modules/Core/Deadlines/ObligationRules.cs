using Portal.Modules.Core.Calendar;

namespace Portal.Modules.Core.Deadlines;

/// <summary>The periods of the deadlines that more than one module counts.</summary>
public static class ObligationRules
{
    /// <summary>"应在完成阶段性工作15个工作日内，向牵头部门和相关部门通报" — 002_aa3e6ff6d4b81995.txt 二(一).</summary>
    public const int NotificationWorkingDays = 15;

    /// <summary>
    /// The seeds ask for sealed equipment to be re-checked regularly (001_58b80246c25f4b78.txt, 003_a62c557d70314b83.txt)
    /// without a period; a yearly re-check matches the yearly summary every unit writes anyway.
    /// </summary>
    public const int SealedRecheckMonths = 12;

    /// <summary>A re-check falls due a period after the last one, moved to a working day.</summary>
    public static DateOnly NextSealedRecheck(WorkingDayRules calendar, DateOnly lastCheckedOn) =>
        calendar.OnOrNextWorkingDay(lastCheckedOn.AddMonths(SealedRecheckMonths));
}
