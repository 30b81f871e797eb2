namespace Portal.Web.Tests.Infrastructure;

/// <summary>The portal's clock, set by the test: deadlines are checked on the days they matter, not on the day CI runs.</summary>
public sealed class MovableClock : TimeProvider
{
    private DateTimeOffset? _now;

    /// <summary>Real time until the test moves it: a portal checks authenticator codes against it, and they follow real time.</summary>
    public override DateTimeOffset GetUtcNow() => _now ?? DateTimeOffset.UtcNow;

    public void Set(DateTimeOffset now) => _now = now;

    /// <summary>Moves to a day in China, at 09:00 local time.</summary>
    public void SetChinaDay(DateOnly day) => _now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}
