using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Search;
using Portal.Modules.Core.Staff;
using Portal.Modules.Search.Index;
using Portal.Modules.Search.Querying;

namespace Portal.Modules.Search;

/// <summary>The node's Lucene index with our Chinese analysis: fed from the task log, queried by the public lists.</summary>
public sealed class SearchModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton<IndexStore>();
        services.AddSingleton<IndexMaintenance>();
        services.AddSingleton<IndexStatusReader>();
        services.AddSingleton<IFullTextSearch, SearchQueries>();
        services.AddHostedService<SearchIndexWorker>();
        services.AddSingleton(new BackOfficeLink(Permissions.RunJobs, "/backoffice/search", SearchText.AdminTitle, 80));
    }
}
