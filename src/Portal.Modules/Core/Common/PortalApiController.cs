using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Modules.Core.Common;

/// <summary>Base of the JSON API controllers: turns a use case's <see cref="Outcome{T}"/> into a response or an RFC 9457 problem in Chinese.</summary>
[ApiController]
public abstract class PortalApiController : ControllerBase
{
    protected IActionResult Respond<T>(Outcome<T> outcome, Func<T, object>? shape = null, string? location = null)
    {
        if (outcome.Succeeded)
        {
            var body = shape is null ? outcome.Value : shape(outcome.Value!);
            return outcome.Kind == OutcomeKind.Created
                ? new ObjectResult(body) { StatusCode = StatusCodes.Status201Created }.WithLocation(Response, location)
                : Ok(body);
        }
        return Problem(outcome);
    }

    protected IActionResult Problem<T>(Outcome<T> outcome)
    {
        var status = outcome.Kind.HttpStatus();
        ProblemDetails problem = outcome.Errors is { Count: > 0 } errors
            ? new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = outcome.Title;
        problem.Detail = outcome.Detail;
        foreach (var (name, value) in outcome.Extensions)
        {
            problem.Extensions[name] = value;
        }
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}

internal static class ObjectResultExtensions
{
    public static ObjectResult WithLocation(this ObjectResult result, HttpResponse response, string? location)
    {
        if (location is not null)
        {
            response.Headers.Location = location;
        }
        return result;
    }
}
