using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Core.Data;

/// <summary>
/// Runs a piece of work on one node at a time. On PostgreSQL a session advisory lock covers every node of the farm
/// (the scheduler's clustering already keeps one firing at a time; this also covers a manual run meeting a scheduled
/// one); SQLite serves one node, where a process-wide semaphore is the same guarantee.
/// </summary>
public sealed class ExclusiveRun(PortalDbContext db)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Local = new();

    /// <returns>false when another run holds the lock, and the work was not done.</returns>
    public Task<bool> TryRunAsync(string name, Func<Task> work, CancellationToken cancellationToken) => RunAsync(name, wait: false, work, cancellationToken);

    /// <summary>Waits for the lock, then does the work: for what every node must do once, one after the other (start-up).</summary>
    public Task WaitAndRunAsync(string name, Func<Task> work, CancellationToken cancellationToken) => RunAsync(name, wait: true, work, cancellationToken);

    private async Task<bool> RunAsync(string name, bool wait, Func<Task> work, CancellationToken cancellationToken)
    {
        var gate = Local.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(wait ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, cancellationToken))
        {
            return false;
        }
        try
        {
            if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
            {
                await work();
                return true;
            }
            var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("portal:" + name)), 0);
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                if (wait)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
                }
                else if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"").SingleAsync(cancellationToken))
                {
                    return false;
                }
                try
                {
                    await work();
                    return true;
                }
                finally
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
