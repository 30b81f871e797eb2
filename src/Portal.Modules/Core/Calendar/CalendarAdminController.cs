using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Calendar;

/// <summary>The administrator's calendar page: see each year's notice, enter next year's, correct one.</summary>
[Route("backoffice/calendar")]
[Authorize(Policy = Permissions.ManageCalendar)]
public sealed class CalendarAdminController(PortalDbContext db) : BackOfficeController
{
    public sealed record YearRow(int Year, string? Source, DateTime UpdatedAt, string UpdatedBy, IReadOnlyList<CalendarDay> Days);

    public sealed class NoticeForm
    {
        public string? Notice { get; set; }
        public string? Source { get; set; }
    }

    public sealed record PageModel(IReadOnlyList<YearRow> Years, NoticeForm Form, string? Saved);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken) =>
        View("~/Views/CalendarAdmin/Index.cshtml", await PageAsync(new NoticeForm(), saved, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] NoticeForm form, [FromServices] SetCalendarYear.Handler handler, CancellationToken cancellationToken)
    {
        HolidayNotice? notice = null;
        if (string.IsNullOrWhiteSpace(form.Notice))
        {
            ModelState.AddModelError("Form.Notice", CoreText.CalendarNoticeRequired);
        }
        else
        {
            try
            {
                notice = HolidayNoticeParser.Parse(form.Notice.Trim());
            }
            catch (FormatException e)
            {
                ModelState.AddModelError("Form.Notice", e.Message);
            }
        }
        if (notice is not null)
        {
            var outcome = await handler.HandleAsync(SetCalendarYear.Command.FromNotice(notice, form.Source), User.Identity!.Name!, cancellationToken);
            if (outcome.Succeeded)
            {
                return RedirectToAction(nameof(Index), new { saved = notice.Year });
            }
            foreach (var message in outcome.Errors!.SelectMany(e => e.Value))
            {
                ModelState.AddModelError("Form.Notice", message);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/CalendarAdmin/Index.cshtml", await PageAsync(form, null, cancellationToken));
    }

    private async Task<PageModel> PageAsync(NoticeForm form, string? saved, CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(cancellationToken);
        var days = (await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(d => d.NoticeYear);
        var rows = years.Select(y => new YearRow(y.Year, y.Source, y.UpdatedAt, y.UpdatedBy, days[y.Year].OrderBy(d => d.Date).ToList())).ToList();
        return new PageModel(rows, form, saved);
    }
}
