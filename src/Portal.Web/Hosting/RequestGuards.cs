using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Modules.Core;

namespace Portal.Web.Hosting;

/// <summary>
/// What no handler should have to think about: an address or headers too long, text with control characters or
/// non-characters (which databases, XML feeds and search refuse in their own ways), a body too large or a form that
/// cannot be read. Each is answered with a Chinese problem (a page for people, problem+json for programs), never a
/// 500, before anything is read or stored. Kestrel's own limits are set above ours, so that it is ours that answer
/// (Kestrel's answers to what it refuses itself carry no body and cannot be changed).
/// </summary>
public static class RequestGuards
{
    /// <summary>Path and query together; a search address is a few hundred characters.</summary>
    public const int MaxTargetLength = 8 * 1024;

    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Any body but evidence uploads, which set their own limit: a JSON document here is a few kilobytes.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddPortalRequestGuards(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestLineSize = 4 * MaxTargetLength;
            o.Limits.MaxRequestHeadersTotalSize = 4 * MaxHeaderBytes;
            o.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        builder.Services.AddExceptionHandler<UnreadableRequest>();
        builder.Services.Configure<MvcOptions>(o => o.Filters.Add(new FormTextFilter()));
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/error"))
        {
            // An error page being rendered for a request these checks have already seen.
            await next();
            return;
        }
        var target = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > MaxTargetLength)
        {
            await RefuseAsync(context, StatusCodes.Status414UriTooLong, WebText.TooLongTitle, string.Format(WebText.AddressTooLong, MaxTargetLength));
            return;
        }
        if (request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0)) > MaxHeaderBytes)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, WebText.TooLongTitle, string.Format(WebText.HeadersTooLong, MaxHeaderBytes / 1024));
            return;
        }
        if (!PlainText.IsClean(Uri.UnescapeDataString(request.Path.Value ?? string.Empty)))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, CoreText.ValidationTitle, WebText.PathHasControlCharacters);
            return;
        }
        foreach (var (name, values) in request.Query)
        {
            if (!PlainText.IsClean(name) || values.Any(v => !PlainText.IsClean(v)))
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, CoreText.ValidationTitle, string.Format(WebText.ParameterHasControlCharacters, PlainText.Shown(name)));
                return;
            }
        }
        await next();
    });

    /// <summary>Programs get problem+json with the reason; people get the Chinese page of that status.</summary>
    internal static async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (!WantsProblem(context.Request))
        {
            return;
        }
        await context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
            options: null, contentType: "application/problem+json; charset=utf-8", context.RequestAborted);
    }

    internal static bool WantsProblem(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/feeds") || request.Path.StartsWithSegments("/openapi")
        || !request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Form fields (pages and multipart uploads) are read after the endpoint's own size limits apply (its
/// <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c> filters come first) and before model binding; a form that
/// cannot be read, or a field with control characters, is refused here.
/// </summary>
public sealed class FormTextFilter : IAsyncResourceFilter, IOrderedFilter
{
    public int Order => 1000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        // The error page of a refused form sees the same form again: let it render.
        if (http.Request.HasFormContentType && http.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when ((UnreadableRequest.StatusOf(e) ?? (e is IOException ? StatusCodes.Status400BadRequest : null)) is { } status)
            {
                // A form cut off before its end reads as an IOException here; anywhere else that may be a client gone away.
                await RequestGuards.RefuseAsync(http, status, UnreadableRequest.TitleOf(status), UnreadableRequest.DetailOf(status, http));
                context.Result = new EmptyResult();
                return;
            }
            foreach (var (name, values) in form)
            {
                if (!PlainText.IsClean(name, allowLineBreaks: true) || values.Any(v => !PlainText.IsClean(v, allowLineBreaks: true)))
                {
                    await RequestGuards.RefuseAsync(http, StatusCodes.Status400BadRequest, CoreText.ValidationTitle, string.Format(WebText.ParameterHasControlCharacters, PlainText.Shown(name)));
                    context.Result = new EmptyResult();
                    return;
                }
            }
        }
        await next();
    }
}

/// <summary>
/// A body the server stopped reading (too large, cut off, a broken multipart form) surfaces as an exception wherever
/// the body was read; this turns it into the 4xx it is, in Chinese, instead of a 500.
/// </summary>
public sealed class UnreadableRequest : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (StatusOf(exception) is not { } status || context.Response.HasStarted)
        {
            return false;
        }
        context.Response.Clear();
        await RequestGuards.RefuseAsync(context, status, TitleOf(status), DetailOf(status, context));
        return true;
    }

    public static int? StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException data when data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        InvalidDataException or DecoderFallbackException => StatusCodes.Status400BadRequest,
        IOException when exception.InnerException is BadHttpRequestException inner => inner.StatusCode,
        _ => exception.InnerException is { } inner2 ? StatusOf(inner2) : null,
    };

    public static string TitleOf(int status) => status == StatusCodes.Status413PayloadTooLarge ? WebText.TooLongTitle : CoreText.ValidationTitle;

    public static string DetailOf(int status, HttpContext context) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => string.Format(WebText.BodyTooLarge, Size(context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? RequestGuards.MaxBodyBytes)),
        StatusCodes.Status408RequestTimeout => WebText.BodyTooSlow,
        _ => WebText.BodyUnreadable,
    };

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}

/// <summary>Text a person could have typed: no control characters (line breaks and tabs where a text box allows them), no non-characters, no lone surrogates.</summary>
public static class PlainText
{
    public static bool IsClean(string? text, bool allowLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE)
                {
                    return false;
                }
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') || c is (>= '\u007F' and <= '\u009F'))
            {
                return false;
            }
            if (c < ' ' && !(allowLineBreaks && c is '\n' or '\r' or '\t'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A parameter's name as it can be shown back: its control characters as code points.</summary>
    public static string Shown(string name) =>
        string.Concat(name.Take(64).Select(c => c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : c.ToString()));
}
