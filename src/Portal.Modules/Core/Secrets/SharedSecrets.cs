using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Data;

namespace Portal.Modules.Core.Secrets;

/// <summary>A random key every node must share (an HMAC key, say), kept in the database under Data Protection.</summary>
public sealed class SharedSecret
{
    public required string Name { get; set; }
    public required string ProtectedValue { get; set; }
}

/// <summary>
/// Named random keys, created by whichever node needs one first and then read by all: configuration would have to
/// be copied to every node by hand, and a key per node would make one node's signature worthless on the next.
/// </summary>
public sealed class SharedSecrets(IServiceScopeFactory scopes, IDataProtectionProvider protection)
{
    private readonly ConcurrentDictionary<string, byte[]> _known = new();
    private readonly IDataProtector _protector = protection.CreateProtector("Portal.SharedSecrets");

    public async Task<byte[]> GetAsync(string name, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(name, out var known))
        {
            return known;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stored = await db.SharedSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (stored is null)
        {
            db.SharedSecrets.Add(new SharedSecret { Name = name, ProtectedValue = Convert.ToBase64String(_protector.Protect(RandomNumberGenerator.GetBytes(32))) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node created it at the same moment; theirs is the one.
            }
            db.ChangeTracker.Clear();
            stored = await db.SharedSecrets.AsNoTracking().FirstAsync(s => s.Name == name, cancellationToken);
        }
        return _known.GetOrAdd(name, _protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue)));
    }
}
