using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core;

namespace Portal.Web.Controllers;

/// <summary>Chinese error pages for people, Chinese RFC 9457 problems for programs calling /api.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    // Only error statuses. The code is read from the route, not bound: the request re-executed here may carry a form
    // that cannot be read, and MVC then binds no parameter at all (code 0, an answer no server can send).
    [Route("error/{code:int:range(400,599)}")]
    public IActionResult Show()
    {
        var code = int.Parse((string)RouteData.Values["code"]!, System.Globalization.CultureInfo.InvariantCulture);
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? string.Empty;
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            var (title, detail) = code switch
            {
                404 => (CoreText.NotFoundTitle, WebText.ApiNotFound),
                401 => (CoreText.UnauthorizedTitle, WebText.ApiUnauthorized),
                403 => (CoreText.ForbiddenTitle, WebText.ApiForbidden),
                405 => (WebText.ErrorTitle, WebText.ApiMethodNotAllowed),
                415 => (WebText.ErrorTitle, WebText.ApiUnsupportedMediaType),
                >= 500 => (WebText.Error500Title, WebText.ApiServerError),
                _ => (WebText.ErrorTitle, WebText.ApiOther),
            };
            return new ObjectResult(new ProblemDetails { Status = code, Title = title, Detail = detail })
            {
                StatusCode = code,
                ContentTypes = { "application/problem+json" },
            };
        }
        Response.StatusCode = code;
        return View("~/Views/Errors/Show.cshtml", code);
    }
}
