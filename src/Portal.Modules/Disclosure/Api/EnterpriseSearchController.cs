using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Core.Common;
using Portal.Modules.Disclosure.Enterprises;

namespace Portal.Modules.Disclosure.Api;

/// <summary>The public register: <c>GET /api/v1/enterprises?q=&amp;region=&amp;industry=&amp;status=&amp;cursor=</c> (docs/api.md).</summary>
[Route("api/v1")]
public sealed class EnterpriseSearchController : PortalApiController
{
    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet("enterprises")]
    [Returns<SearchEnterprises.Result>]
    public async Task<IActionResult> Search([FromQuery] SearchEnterprises.Query query, [FromServices] SearchEnterprises.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(query, cancellationToken));
}
