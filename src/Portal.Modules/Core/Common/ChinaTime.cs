namespace Portal.Modules.Core.Common;

/// <summary>
/// Deadlines and publication dates are calendar dates in China (UTC+8, no daylight saving), whatever the
/// server's own time zone; instants are stored in UTC.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc.Add(Offset));

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>A local time entered by a Chinese user (e.g. a publish-at field) as a UTC instant.</summary>
    public static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc);

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);
}
