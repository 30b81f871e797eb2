using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Announcements;

namespace Portal.Modules.Disclosure.Api;

/// <summary>The announcements of docs/api.md: public reading, and the editor's workflow for its own unit.</summary>
[Route("api/v1")]
public sealed class AnnouncementsController(StaffScope staff) : PortalApiController
{
    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet("announcements")]
    [Returns<ListAnnouncements.Result>]
    public async Task<IActionResult> List([FromQuery] ListAnnouncements.Query query, [FromServices] ListAnnouncements.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(query, cancellationToken));

    [EnableRateLimiting(RateLimits.PublicRead)]
    [HttpGet("announcements/{id:int}")]
    [Returns<AnnouncementItem>]
    public async Task<IActionResult> Get(int id, [FromServices] GetAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, cancellationToken));

    [HttpGet("supervision/announcements/{id:int}")]
    [Authorize(Policy = Permissions.Supervise)]
    [Returns<GetSupervisedAnnouncement.Result>]
    public async Task<IActionResult> Supervised(int id, [FromServices] GetSupervisedAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("announcements")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<CreateAnnouncement.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create([FromBody] AnnouncementInput input, [FromServices] CreateAnnouncement.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(input, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/desk/announcements/{r.Id}" : null);
    }

    [HttpPost("announcements/from-inspection")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<CreateAnnouncement.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CreateFromInspection([FromBody] DraftFromInspection.Command command, [FromServices] DraftFromInspection.Handler handler,
        CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/api/v1/desk/announcements/{r.Id}" : null);
    }

    [HttpPut("announcements/{id:int}")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<UpdateDraft.Result>]
    public async Task<IActionResult> Update(int id, [FromBody] AnnouncementInput input, [FromServices] UpdateDraft.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, input, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpDelete("announcements/{id:int}")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [ReturnsNothing]
    public async Task<IActionResult> Delete(int id, [FromServices] DeleteDraft.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? NoContent() : Problem(outcome);
    }

    public sealed record PublishBody(DateTimeOffset? PublishAt);

    /// <summary>Where an announcement stands after a step of its workflow.</summary>
    public sealed record StatusBody(int Id, [property: WireValues(typeof(Data.AnnouncementStatus))] string Status);

    [HttpPost("announcements/{id:int}/attachments")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [RequestSizeLimit(32L * 1024 * 1024)]
    [Returns<AttachDocument.Result>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Attach(int id, IFormFile? file, [FromForm] string? title, [FromServices] AttachDocument.Handler handler, CancellationToken cancellationToken)
    {
        var command = new AttachDocument.Command(title, file?.FileName, await FormFiles.ReadAsync(file, cancellationToken));
        var outcome = await handler.HandleAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken);
        return Respond(outcome, location: outcome.Value is { } r ? $"/announcements/{id}/attachments/{r.Id}" : null);
    }

    [HttpDelete("announcements/{id:int}/attachments/{attachmentId:int}")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [ReturnsNothing]
    public async Task<IActionResult> Detach(int id, int attachmentId, [FromServices] RemoveAttachment.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, attachmentId, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? NoContent() : Respond(outcome);
    }

    [HttpPost("announcements/{id:int}/publish")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<PublishAnnouncement.Result>]
    public async Task<IActionResult> Publish(int id, [FromBody] PublishBody? body, [FromServices] PublishAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, body?.PublishAt?.UtcDateTime, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpPost("announcements/{id:int}/submit")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<StatusBody>]
    public async Task<IActionResult> Submit(int id, [FromServices] SubmitForReview.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken), status => new StatusBody(id, status));

    public sealed record ReviewBody(string? Decision, string? Comment, DateTimeOffset? PublishAt);

    [HttpPost("announcements/{id:int}/review")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<PublishAnnouncement.Result>]
    public async Task<IActionResult> Review(int id, [FromBody] ReviewBody body, [FromServices] ReviewAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, new ReviewAnnouncement.Command(body.Decision, body.Comment, body.PublishAt?.UtcDateTime),
            await staff.RequireAsync(cancellationToken), cancellationToken));

    public sealed record ReasonBody(string? Reason);

    [HttpPost("announcements/{id:int}/withdraw")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<StatusBody>]
    public async Task<IActionResult> Withdraw(int id, [FromBody] ReasonBody body, [FromServices] WithdrawAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, body.Reason, await staff.RequireAsync(cancellationToken), cancellationToken), status => new StatusBody(id, status));

    [HttpPost("announcements/{id:int}/corrections")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<CorrectAnnouncement.Result>]
    public async Task<IActionResult> Correct(int id, [FromBody] CorrectionInput body, [FromServices] CorrectAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, body.Reason, body, await staff.RequireAsync(cancellationToken), cancellationToken));

    public sealed record ExtensionBody(DateOnly? Deadline, string? Reason);

    [HttpPost("announcements/{id:int}/extension")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<ExtendDeadline.Result>]
    public async Task<IActionResult> Extend(int id, [FromBody] ExtensionBody body, [FromServices] ExtendDeadline.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, body.Deadline, body.Reason, await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("desk")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<GetEditorDesk.Result>]
    public async Task<IActionResult> Desk([FromServices] GetEditorDesk.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("desk/announcements/{id:int}")]
    [Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
    [Returns<GetDeskAnnouncement.Result>]
    public async Task<IActionResult> DeskAnnouncement(int id, [FromServices] GetDeskAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        Respond(await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken));
}
