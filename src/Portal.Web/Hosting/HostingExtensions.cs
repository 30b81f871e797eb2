using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Localization;
using Portal.Modules.Core.Seeding;

namespace Portal.Web.Hosting;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddPortalHosting(this WebApplicationBuilder builder)
    {
        // Serve the theme's and modules' static files from their build output in every environment, not only
        // Development: the portal runs in Production straight from `dotnet run` as well as published.
        builder.WebHost.UseStaticWebAssets();
        // Jobs, start-up and anything outside a request speak Chinese whatever the machine's locale.
        PortalCultures.UseChineseByDefault();

        builder.Services.AddSingleton(sp => PortalPaths.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));

        // Razor would otherwise write every Chinese character as &#x...; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // The client's address is taken from the trusted proxies only, and lives in memory for the rate limiter's keyed
            // hash: it is never stored or logged (docs/architecture.md, "Protecting people who report").
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = null;
            var network = builder.Configuration.GetSection(NetworkOptions.Section).Get<NetworkOptions>() ?? new NetworkOptions();
            if (network.KnownProxies.Count + network.KnownNetworks.Count > 0)
            {
                // Configured proxies replace the loopback default: then only they are believed.
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
            }
            foreach (var proxy in network.Proxies())
            {
                o.KnownProxies.Add(proxy);
            }
            foreach (var range in network.Networks())
            {
                o.KnownIPNetworks.Add(range);
            }
        });
        // The middleware names an untrusted sender's address at Debug level; that sender may be a citizen.
        builder.Logging.AddFilter("Microsoft.AspNetCore.HttpOverrides", LogLevel.Warning);
        return builder;
    }

    public static WebApplicationBuilder AddPortalModules(this WebApplicationBuilder builder)
    {
        foreach (var module in PortalComposition.Modules)
        {
            module.ConfigureServices(builder.Services, builder.Configuration);
        }
        return builder;
    }

    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalDatabase(PortalComposition.Modules.Select(m => m.Assembly));
        return builder;
    }

    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        var mvc = builder.Services.AddControllersWithViews(o => ChineseModelBinding.Apply(o.ModelBindingMessageProvider))
            .AddJsonOptions(o => ConfigureJson(o.JsonSerializerOptions));
        foreach (var module in PortalComposition.Modules)
        {
            mvc.AddApplicationPart(module.Assembly);
        }
        mvc.AddApplicationPart(typeof(Portal.Theme.ThemeText).Assembly);
        builder.Services.Configure<ApiBehaviorOptions>(o =>
        {
            o.InvalidModelStateResponseFactory = ChineseModelBinding.Problem;
            // Bare 4xx results (415, 405, …) go to the status-code pages, which answer API callers in Chinese.
            o.SuppressMapClientErrors = true;
        });
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddPortalOpenApi();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new PlainTextJson());
    }

    public static async Task InitializePortalDatabaseAsync(this WebApplication app) =>
        await DatabaseInitializer.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UsePortalLocalization();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseRequestGuards();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// HEAD wherever GET is answered (RFC 9110 §9.3.2): link checkers, caches and monitors ask it first. Kestrel sends the
    /// GET's headers and drops the body.
    /// </summary>
    private static void AnswerHead(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
            && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
        }
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapOpenApi("/openapi/{documentName}.json").Add(AnswerHead);
        app.MapApiReference();
        app.MapHealthChecks("/health");
        app.MapControllers().Add(AnswerHead);
        foreach (var module in PortalComposition.Modules)
        {
            module.MapRoutes(app);
        }
        return app;
    }
}
