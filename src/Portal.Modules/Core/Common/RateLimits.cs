using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Core.Common;

/// <summary><c>Portal:RateLimits:*</c>: requests per client per minute.</summary>
public sealed class RateLimitOptions
{
    public int PublicReadPerMinute { get; set; } = 300;
    public int PublicExportPerMinute { get; set; } = 10;

    /// <summary>Behind a reverse proxy every request comes from the proxy: then tell clients apart by X-Forwarded-For.</summary>
    public bool TrustForwardedFor { get; set; }
}

/// <summary>
/// Per-client limits on the public read endpoints (ASP.NET Core's rate limiter, in memory only). A client is known
/// by a keyed hash of its address, the key random per process: the limiter never holds an address, and nothing
/// about it is stored or logged (docs/architecture.md, "Protecting people who report"). Reading is never behind a captcha.
/// </summary>
public static class RateLimits
{
    public const string PublicRead = "public-read";
    public const string PublicExport = "public-export";

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Portal:RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PublicRead, context => Window(ClientOf(context, options), options.PublicReadPerMinute));
            limiter.AddPolicy(PublicExport, context => Window(ClientOf(context, options), options.PublicExportPerMinute));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
                response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.ContentType = "application/problem+json; charset=utf-8";
                await response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = CoreText.TooManyRequestsTitle,
                    Detail = string.Format(CoreText.TooManyRequestsDetail, retry),
                }, options: null, contentType: "application/problem+json; charset=utf-8", cancellationToken);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string client, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static string ClientOf(HttpContext context, RateLimitOptions options)
    {
        var address = options.TrustForwardedFor && context.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded
            ? forwarded.Split(',')[0].Trim()
            : context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
        return Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(address)), 0, 12);
    }
}
