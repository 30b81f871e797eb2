using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;

namespace Portal.Modules.Core.Regions;

[Route("api/v1/regions")]
public sealed class RegionsController(GetRegionTree.Handler regionTree) : PortalApiController
{
    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet]
    [Returns<IReadOnlyList<GetRegionTree.Item>>]
    public async Task<IActionResult> Tree(CancellationToken cancellationToken) => Ok(await regionTree.HandleAsync(cancellationToken));
}
