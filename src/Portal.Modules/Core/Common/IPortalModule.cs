using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Core.Common;

/// <summary>
/// A feature module, in the manner of an Orchard Core module's Startup: it registers its own services
/// and routes, contributes its controllers and views, and its entity configurations to the shared model.
/// </summary>
public interface IPortalModule
{
    Assembly Assembly => GetType().Assembly;

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    void MapRoutes(IEndpointRouteBuilder routes)
    {
    }
}
