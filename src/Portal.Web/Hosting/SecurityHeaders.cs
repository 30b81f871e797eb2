using Microsoft.Extensions.Options;
using Portal.Modules.Reports;

namespace Portal.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// No referrer leaves the portal (a reporter's status page address must not reach another site), no framing,
    /// no sniffing, and scripts only from the portal itself, plus reCAPTCHA's origin when it is the configured captcha.
    /// Over HTTPS (as the trusted proxy says), browsers are told to stay on HTTPS. Nothing that carries a receipt, an
    /// identity, a token or a staff member's work is kept by a browser or a shared proxy cache.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var captcha = app.ApplicationServices.GetRequiredService<IOptions<CaptchaOptions>>().Value;
        var third = captcha.UsesReCaptcha ? " " + CaptchaOptions.ReCaptchaOrigin : "";
        var policy = $"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'{third}; frame-src 'self'{third}; frame-ancestors 'none'; form-action 'self'";
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Content-Security-Policy"] = policy;
            if (context.Request.Path.StartsWithSegments(OpenApiContract.ApiDocs))
            {
                // The API reference's one page: its inline start-up script carries this response's nonce, and the
                // reference styles itself at run time.
                context.Response.OnStarting(() =>
                {
                    if (context.Items[Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey] is string nonce)
                    {
                        headers["Content-Security-Policy"] = policy
                            .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                            .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
                    }
                    return Task.CompletedTask;
                });
            }
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }
            if (IsPrivate(context.Request))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            await next();
        });
    }

    /// <summary>The reporter's pages and API, sign-in, the back office, and anything asked for with a staff credential.</summary>
    private static bool IsPrivate(HttpRequest request) =>
        PrivatePaths.Any(p => request.Path.StartsWithSegments(p))
        || request.Headers.Authorization.Count > 0
        || request.Cookies.ContainsKey("portal.staff");

    private static readonly string[] PrivatePaths = ["/report", "/account", "/backoffice", "/api/v1/reports", "/api/v1/auth", "/api/v1/queue", "/api/v1/staff"];
}
