using Microsoft.Extensions.Options;
using Portal.Modules.Reports;

namespace Portal.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// No referrer leaves the portal (a reporter's status page address must not reach another site), no framing,
    /// no sniffing, and scripts only from the portal itself, plus reCAPTCHA's origin when it is the configured captcha.
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
            await next();
        });
    }
}
