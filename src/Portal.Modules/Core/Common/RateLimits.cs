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

    /// <summary>Sign-in attempts (page, two-factor step, token) per client in five minutes, right or wrong.</summary>
    public int SignInPerFiveMinutes { get; set; } = 10;

    /// <summary>Subscription requests per client in an hour: each one sends a confirmation mail to an address the client names.</summary>
    public int SubscribePerHour { get; set; } = 10;
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
    public const string SignIn = "sign-in";
    public const string Subscribe = "subscribe";

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Portal:RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PublicRead, context => Window(ClientOf(context), options.PublicReadPerMinute, TimeSpan.FromMinutes(1)));
            limiter.AddPolicy(PublicExport, context => Window(ClientOf(context), options.PublicExportPerMinute, TimeSpan.FromMinutes(1)));
            limiter.AddPolicy(SignIn, context => Window(ClientOf(context), options.SignInPerFiveMinutes, TimeSpan.FromMinutes(5)));
            limiter.AddPolicy(Subscribe, context => Window(ClientOf(context), options.SubscribePerHour, TimeSpan.FromHours(1)));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
                response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    // People get the Chinese error page of the status-code pages, not a JSON body.
                    return;
                }
                var policy = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                response.ContentType = "application/problem+json; charset=utf-8";
                await response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = CoreText.TooManyRequestsTitle,
                    Detail = string.Format(policy switch
                    {
                        SignIn => CoreText.TooManySignIns,
                        PublicExport => CoreText.TooManyExports,
                        _ => CoreText.TooManyRequestsDetail,
                    }, retry),
                }, options: null, contentType: "application/problem+json; charset=utf-8", cancellationToken);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string client, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
        });

    private static string ClientOf(HttpContext context)
    {
        // The address the trusted proxy saw (Portal:Network), as the forwarded-headers middleware left it.
        var address = context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
        return Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(address)), 0, 12);
    }
}
