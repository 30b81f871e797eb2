using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Modules.Core.Search;

/// <summary>
/// Tells this node's search that a transaction of its own committed, so it may have written <see cref="IndexingTask"/>s:
/// a search then reads the task log at once (what an editor just published is found on the next request), and
/// otherwise only every so often, instead of a database round trip on every public request.
/// </summary>
public sealed class IndexingSignal
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Raise() => Interlocked.Increment(ref _version);

    /// <summary>Raises the signal whenever one of this node's transactions commits.</summary>
    public sealed class Interceptor(IndexingSignal signal) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Raise();

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            signal.Raise();
            return Task.CompletedTask;
        }
    }
}
