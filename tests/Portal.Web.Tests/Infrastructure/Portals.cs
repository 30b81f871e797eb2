namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// One portal on SQLite and one on PostgreSQL (a throwaway cluster), shared by the integration tests, which run
/// every behaviour against both.
/// </summary>
public sealed class Portals : IAsyncLifetime
{
    private PostgresCluster? _cluster;
    private readonly Dictionary<string, PortalFactory> _factories = new();

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");

    public PortalFactory this[string provider] => _factories[provider];

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        _factories["Sqlite"] = new PortalFactory("Sqlite", null);
        _factories["Postgres"] = new PortalFactory("Postgres", await _cluster.CreateDatabaseAsync("portal_tests"));
        foreach (var factory in _factories.Values)
        {
            factory.CreateClient().Dispose();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories.Values)
        {
            await factory.DisposeAsync();
        }
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<Portals>
{
    public const string Name = "portal";
}

/// <summary>Runs a theory once per database.</summary>
public sealed class BothDatabasesAttribute() : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [["Sqlite"], ["Postgres"]];
}
