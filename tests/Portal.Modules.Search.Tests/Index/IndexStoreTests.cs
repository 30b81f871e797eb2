using Portal.Modules.Core.Common;
using Portal.Modules.Search.Index;

namespace Portal.Modules.Search.Tests.Index;

public class IndexStoreTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("portal-index-store-").FullName;

    [Fact]
    public void A_status_read_that_leased_the_index_before_a_rebuild_swapped_it_out_gets_no_size_rather_than_an_error()
    {
        using var store = new IndexStore(new PortalPaths(_data));
        BuildAndMakeLive(store);
        using var lease = store.Acquire();
        Assert.NotNull(lease);
        Assert.True(lease.Index.SizeInBytes() > 0);

        BuildAndMakeLive(store);

        Assert.Equal(0, lease.Index.SizeInBytes());
        Assert.True(store.SizeInBytes() > 0);
    }

    private static void BuildAndMakeLive(IndexStore store)
    {
        var (generation, directory, writer) = store.CreateAside(ramBufferMb: 16);
        writer.SetCommitData(new Dictionary<string, string> { [IndexStore.FormatKey] = IndexSchema.Format });
        writer.Commit();
        writer.Dispose();
        directory.Dispose();
        store.MakeLive(generation);
    }

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        GC.SuppressFinalize(this);
    }
}
