using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Calendar;

/// <summary>The administrator's calendar page: see each year's notice, enter next year's, correct one.</summary>
[Route("backoffice/calendar")]
[Authorize(Policy = Permissions.ManageCalendar)]
public sealed class CalendarAdminController(ListCalendarYears.Handler years, TimeProvider clock) : BackOfficeController
{
    public sealed class NoticeForm
    {
        public string? Notice { get; set; }
        public string? Source { get; set; }
    }

    public sealed record PageModel(IReadOnlyList<ListCalendarYears.YearRow> Years, NoticeForm Form, string? Saved, int NextYear);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken) =>
        View("~/Views/CalendarAdmin/Index.cshtml", new PageModel(await years.HandleAsync(cancellationToken), new NoticeForm(), saved, NextYear()));

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
        return View("~/Views/CalendarAdmin/Index.cshtml", new PageModel(await years.HandleAsync(cancellationToken), form, null, NextYear()));
    }

    private int NextYear() => Common.ChinaTime.Today(clock).Year + 1;

    public sealed class HolidayRow
    {
        public string? Name { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
    }

    public sealed class YearForm
    {
        public List<HolidayRow> Holidays { get; set; } = [];
        public List<DateOnly?> MakeUpDays { get; set; } = [];
        public string? NoticeNumber { get; set; }
        public DateOnly? NoticeDate { get; set; }
    }

    public sealed record YearPage(int Year, YearForm Form, string? Source, bool Entered, IReadOnlyDictionary<string, string[]> Errors);

    /// <summary>The small form on the calendar page that opens any year, next year's included.</summary>
    [HttpGet("year")]
    public IActionResult OpenYear([FromQuery] int year) => Redirect($"/backoffice/calendar/{year}");

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Year(int year, [FromServices] EditCalendarYear.Handler handler, CancellationToken cancellationToken)
    {
        var current = await handler.FormAsync(year, cancellationToken);
        var form = new YearForm
        {
            Holidays = [.. current.Holidays.Select(h => new HolidayRow { Name = h.Name, From = h.From, To = h.To })],
            MakeUpDays = [.. current.MakeUpDays.Select(d => (DateOnly?)d)],
        };
        return View("~/Views/CalendarAdmin/Year.cshtml", new YearPage(year, form, current.Source, current.Entered, new Dictionary<string, string[]>()));
    }

    [HttpPost("{year:int}")]
    public async Task<IActionResult> SaveYear(int year, [FromForm] YearForm form, [FromServices] EditCalendarYear.Handler handler, CancellationToken cancellationToken)
    {
        var errors = Common.FieldErrors.Of(ModelState);
        if (errors.Count == 0)
        {
            var command = new EditCalendarYear.Command(year, [.. form.Holidays.Select(h => new EditCalendarYear.Holiday(h.Name, h.From, h.To))], form.MakeUpDays,
                form.NoticeNumber, form.NoticeDate);
            var outcome = await handler.HandleAsync(command, User.Identity!.Name!, cancellationToken);
            if (outcome.Succeeded)
            {
                return RedirectToAction(nameof(Index), new { saved = outcome.Value!.Year });
            }
            errors = outcome.Errors?.ToDictionary() ?? new Dictionary<string, string[]> { ["holidays"] = [outcome.Detail ?? CoreText.UnknownError] };
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var current = await handler.FormAsync(year, cancellationToken);
        return View("~/Views/CalendarAdmin/Year.cshtml", new YearPage(year, form, current.Source, current.Entered, errors));
    }
}
