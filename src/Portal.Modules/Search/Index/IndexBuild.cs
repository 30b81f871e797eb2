using System.Threading.Channels;
using Lucene.Net.Index;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Search.Index;

/// <summary>
/// Writes every document of every source into a fresh index: one thread reads the database while the others
/// analyse and add (Lucene's writer takes documents from several threads at once), so on two cores a build takes
/// about the longer of reading and indexing rather than their sum.
/// </summary>
internal static class IndexBuild
{
    private const int Batch = 1000;

    public static async Task<int> WriteAllAsync(IndexWriter writer, IReadOnlyList<ISearchDocumentSource> sources, int threads, Action<int> progress, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<(string Kind, List<SearchDocument> Documents)>(new BoundedChannelOptions(threads * 2) { SingleWriter = true });
        var done = 0;
        // An indexer that fails stops the reader too, rather than leaving it waiting for room in the channel.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var indexers = Enumerable.Range(0, Math.Max(1, threads)).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var (kind, documents) in batches.Reader.ReadAllAsync(failed.Token))
                {
                    foreach (var document in documents)
                    {
                        writer.AddDocument(IndexSchema.ToDocument(kind, document, IndexSchema.FingerprintOf(document)));
                    }
                    progress(Interlocked.Add(ref done, documents.Count));
                }
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, cancellationToken)).ToList();
        try
        {
            foreach (var source in sources)
            {
                var batch = new List<SearchDocument>(Batch);
                await foreach (var document in source.ReadAllAsync(failed.Token))
                {
                    batch.Add(document);
                    if (batch.Count == Batch)
                    {
                        await batches.Writer.WriteAsync((source.Kind, batch), failed.Token);
                        batch = new List<SearchDocument>(Batch);
                    }
                }
                await batches.Writer.WriteAsync((source.Kind, batch), failed.Token);
            }
            batches.Writer.Complete();
        }
        catch (Exception e)
        {
            batches.Writer.Complete(e);
        }
        await Task.WhenAll(indexers);
        return done;
    }
}
