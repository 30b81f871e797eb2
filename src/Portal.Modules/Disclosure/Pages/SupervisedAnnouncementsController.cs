using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Announcements;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>A supervisor's read-only look at an announcement of their region, linked from the dashboard's rows and digests.</summary>
[Authorize(Policy = Permissions.Supervise)]
public sealed class SupervisedAnnouncementsController(StaffScope staff) : BackOfficeController
{
    [HttpGet("backoffice/supervision/announcements/{id:int}")]
    public async Task<IActionResult> Show(int id, [FromServices] GetSupervisedAnnouncement.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? View("~/Views/Desk/Supervised.cshtml", outcome.Value) : NotFound();
    }
}
