using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Calendar;

[Route("api/v1/calendar")]
public sealed class CalendarController : PortalApiController
{
    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet("{year:int}")]
    [Returns<GetCalendarYear.Result>]
    public async Task<IActionResult> Year(int year, [FromServices] GetCalendarYear.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(year, cancellationToken));

    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet("add-working-days")]
    [Returns<AddWorkingDays.Result>]
    public async Task<IActionResult> Add([FromQuery] string? from, [FromQuery] string? days, [FromServices] AddWorkingDays.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(new AddWorkingDays.Query(from, days), cancellationToken));

    public sealed record SetYearBody(IReadOnlyList<string>? RestDays, IReadOnlyList<string>? WorkingWeekendDays, string? Source);

    [HttpPut("{year:int}")]
    [Authorize(Policy = Permissions.ManageCalendar)]
    [Returns<SetCalendarYear.Result>]
    public async Task<IActionResult> SetYear(int year, [FromBody] SetYearBody body, [FromServices] SetCalendarYear.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(new SetCalendarYear.Command(year, body.RestDays, body.WorkingWeekendDays, body.Source), User.Identity!.Name!, cancellationToken));
}
