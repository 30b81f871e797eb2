namespace Portal.Modules.Core.Common;

/// <summary>How long an outbox waits before trying a failed delivery again: doubling from the first delay, capped.</summary>
public static class Backoff
{
    public static TimeSpan After(int attempts, TimeSpan first, TimeSpan max) =>
        TimeSpan.FromTicks(Math.Min(max.Ticks, first.Ticks * (1L << Math.Clamp(attempts - 1, 0, 30))));
}
