using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Portal.Modules.Core.Localization;

public static class LocalizationRegistration
{
    /// <summary>Chinese unless the reader chose English by the header's link or asks for it in Accept-Language.</summary>
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(PortalCultures.Chinese);
            o.SupportedCultures = [.. PortalCultures.Supported];
            o.SupportedUICultures = [.. PortalCultures.Supported];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = PortalCultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Before anything that may answer (guards, limits, errors), so every answer is in the reader's language.</summary>
    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        // Shared caches must not hand one reader's language to another.
        return app.Use((context, next) =>
        {
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            return next(context);
        });
    }

    /// <summary>The value cached pages vary by: a page drawn in one language is never served in the other.</summary>
    public static KeyValuePair<string, string> CacheKey(HttpContext context) =>
        new(PortalCultures.CookieName, PortalCultures.IsEnglish ? "en" : "zh-CN");
}
