using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Calendar;

/// <summary>The administrator's calendar page: see each year's notice, enter next year's, correct one.</summary>
[Route("backoffice/calendar")]
[Authorize(Policy = Permissions.ManageCalendar)]
public sealed class CalendarAdminController(ListCalendarYears.Handler years) : BackOfficeController
{
    public sealed class NoticeForm
    {
        public string? Notice { get; set; }
        public string? Source { get; set; }
    }

    public sealed record PageModel(IReadOnlyList<ListCalendarYears.YearRow> Years, NoticeForm Form, string? Saved);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken) =>
        View("~/Views/CalendarAdmin/Index.cshtml", new PageModel(await years.HandleAsync(cancellationToken), new NoticeForm(), saved));

    [HttpPost("")]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] NoticeForm form, [FromServices] EnterHolidayNotice.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new EnterHolidayNotice.Command(form.Notice, form.Source), User.Identity!.Name!, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToAction(nameof(Index), new { saved = outcome.Value });
        }
        foreach (var message in outcome.Errors!.SelectMany(e => e.Value))
        {
            ModelState.AddModelError("Form.Notice", message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/CalendarAdmin/Index.cshtml", new PageModel(await years.HandleAsync(cancellationToken), form, null));
    }
}
