using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Deadlines;

namespace Portal.Modules.Supervision.Sweep;

/// <summary>
/// A source's batches, read a little ahead on a scope (and so a connection) of their own while the sweep writes the
/// ones before: reading and writing in turn left one of two cores idle through the first sweep of a history. A source
/// reads only its own module's tables, which the sweep does not write, so reading ahead sees what reading in turn would.
/// </summary>
internal static class SourceBatches
{
    /// <summary>Batches read and not yet written, at most: enough to keep the reader busy, few enough to hold in memory.</summary>
    private const int Ahead = 2;

    /// <param name="since">Only the subjects changed since then; every subject when null.</param>
    /// <param name="size">Subjects a batch, at most.</param>
    public static async IAsyncEnumerable<ObligationBatch> ReadAsync(IServiceScopeFactory scopes, IObligationSource like, DateOnly today,
        DateTimeOffset? since, int size, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<ObligationBatch>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => FillAsync(scopes, like.GetType(), today, since, size, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return batch;
            }
        }
        finally
        {
            // The sweep stopped or failed: the reader stops too, before its scope and connection go.
            await stop.CancelAsync();
            await reading;
        }
    }

    /// <summary>Never throws: a failure completes the channel, and the sweep meets it at the next batch it asks for.</summary>
    private static async Task FillAsync(IServiceScopeFactory scopes, Type type, DateOnly today, DateTimeOffset? since, int size, ChannelWriter<ObligationBatch> into,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetServices<IObligationSource>().Single(s => s.GetType() == type);
            // What changed since the last sweep is few, and asked for whole: with a LIMIT, PostgreSQL would rather walk the
            // primary key than the change index.
            var changed = since is null ? null
                : new Queue<long[]>((await source.SubjectsAsync(new SubjectQuery(today, since, 0, int.MaxValue), cancellationToken)).Chunk(size));
            long after = 0;
            while (true)
            {
                IReadOnlyList<long> ids = changed is null
                    ? await source.SubjectsAsync(new SubjectQuery(today, since, after, size), cancellationToken)
                    : changed.TryDequeue(out var chunk) ? chunk : [];
                if (ids.Count == 0)
                {
                    break;
                }
                after = ids[^1];
                await into.WriteAsync(await source.CollectAsync(ids, today, cancellationToken), cancellationToken);
            }
            into.TryComplete();
        }
        catch (Exception failure)
        {
            into.TryComplete(failure);
        }
    }
}
