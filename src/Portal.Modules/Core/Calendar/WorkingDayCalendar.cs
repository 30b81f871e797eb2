using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Calendar;

/// <summary>
/// Hands out the current <see cref="WorkingDayRules"/>. The calendar is read by every deadline computation but
/// changes a few times a year, so it is cached; a change on this node clears the cache at once and other nodes
/// pick it up within <see cref="RefreshAfter"/>.
/// </summary>
public sealed class WorkingDayCalendar(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);

    private volatile Snapshot? _snapshot;
    private readonly SemaphoreSlim _loading = new(1, 1);

    private sealed record Snapshot(WorkingDayRules Rules, DateTimeOffset LoadedAt);

    public async Task<WorkingDayRules> GetRulesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } fresh && now - fresh.LoadedAt < RefreshAfter)
        {
            return fresh.Rules;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded && now - loaded.LoadedAt < RefreshAfter)
            {
                return loaded.Rules;
            }
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
            var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
            var rules = new WorkingDayRules(days, years);
            _snapshot = new Snapshot(rules, now);
            return rules;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _snapshot = null;
}
