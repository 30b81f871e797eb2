using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Common;

/// <summary>
/// The names of industries and department kinds, held in memory: every public list shows them on every row, and they
/// change only when a reference table is edited, so a copy at most a minute old is read instead of two queries a request.
/// </summary>
public sealed class NameDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    public sealed record Names(IReadOnlyDictionary<string, string> Industries, IReadOnlyDictionary<string, string> DepartmentKinds);

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private volatile Held? _held;
    private readonly SemaphoreSlim _loading = new(1, 1);

    private sealed record Held(Names Names, DateTimeOffset Until);

    public async Task<Names> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_held is { } held && held.Until > clock.GetUtcNow())
        {
            return held.Names;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_held is not { } current || current.Until <= clock.GetUtcNow())
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var names = new Names(
                    await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, cancellationToken),
                    await db.DepartmentKinds.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.ShortName, cancellationToken));
                _held = current = new Held(names, clock.GetUtcNow() + Lifetime);
            }
            return current.Names;
        }
        finally
        {
            _loading.Release();
        }
    }
}
