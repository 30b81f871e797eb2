using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Announcements;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Rules;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Pages;

/// <summary>The editor's desk in the back office: drafts and their countdown, the forms per list, preview, and the workflow buttons.</summary>
[Route("backoffice/announcements")]
[Authorize(Policy = DisclosurePermissions.EditAnnouncements)]
public sealed class DeskController(StaffScope staff, OwnAnnouncement own) : BackOfficeController
{
    public sealed record FormPage(string Mode, int? Id, AnnouncementInput Input, IReadOnlyDictionary<string, string[]> Errors, string? Problem, StaffContext Actor)
    {
        public AnnouncementList List => WireValue.TryParse<AnnouncementList>(Input.List, out var l) ? l : default;
        public AnnouncementStage Stage => WireValue.TryParse<AnnouncementStage>(Input.Stage, out var s) ? s : ListDefinitions.Of(List).DefaultStage.Stage;
    }

    public sealed record PreviewPage(GetDeskAnnouncement.Result Desk, string? Done, IReadOnlyDictionary<string, string[]> Errors, string? Problem);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] GetEditorDesk.Handler handler, CancellationToken cancellationToken) =>
        View("~/Views/Desk/Index.cshtml", (await handler.HandleAsync(await staff.RequireAsync(cancellationToken), cancellationToken)).Value);

    [HttpGet("new")]
    public async Task<IActionResult> New(string? list, string? stage, string? enterprise, CancellationToken cancellationToken)
    {
        if (!ListDefinitions.TryParse(list, out var which))
        {
            return View("~/Views/Desk/Choose.cshtml", enterprise);
        }
        var actor = await staff.RequireAsync(cancellationToken);
        var chosen = WireValue.TryParse<AnnouncementStage>(stage, out var s) && which.Has(s) ? s : which.DefaultStage.Stage;
        var input = new AnnouncementInput
        {
            List = list, Stage = WireValue.Of(chosen), RegionCode = actor.Unit.RegionCode, Department = actor.Unit.KindCode, EnterpriseCreditCode = enterprise,
        };
        return View("~/Views/Desk/Form.cshtml", new FormPage("new", null, input, NoErrors, null, actor));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([FromForm] AnnouncementInput input, [FromServices] CreateAnnouncement.Handler handler, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        if (BindingErrors() is { } binding)
        {
            return FormAgain("new", null, input, binding, null, actor, StatusCodes.Status400BadRequest);
        }
        var outcome = await handler.HandleAsync(input, actor, cancellationToken);
        return outcome.Succeeded
            ? Redirect($"/backoffice/announcements/{outcome.Value!.Id}?done=saved")
            : FormAgain("new", null, input, outcome.Errors, outcome.Errors is null ? outcome.Detail : null, actor, outcome.Kind.HttpStatus());
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, string? done, [FromServices] GetDeskAnnouncement.Handler handler, CancellationToken cancellationToken) =>
        await PreviewAsync(id, done, NoErrors, null, StatusCodes.Status200OK, handler, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, CancellationToken cancellationToken) => FormOfAsync(id, "edit", cancellationToken);

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, [FromForm] AnnouncementInput input, [FromServices] UpdateDraft.Handler handler, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        if (BindingErrors() is { } binding)
        {
            return FormAgain("edit", id, input, binding, null, actor, StatusCodes.Status400BadRequest);
        }
        var outcome = await handler.HandleAsync(id, input, actor, cancellationToken);
        return outcome.Succeeded
            ? Redirect($"/backoffice/announcements/{id}?done=saved")
            : FormAgain("edit", id, input, outcome.Errors, outcome.Errors is null ? outcome.Detail : null, actor, outcome.Kind.HttpStatus());
    }

    [HttpGet("{id:int}/correct")]
    public Task<IActionResult> Correction(int id, CancellationToken cancellationToken) => FormOfAsync(id, "correct", cancellationToken);

    [HttpPost("{id:int}/correct")]
    public async Task<IActionResult> Correct(int id, [FromForm] CorrectionInput input, [FromServices] CorrectAnnouncement.Handler handler, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        if (BindingErrors() is { } binding)
        {
            return FormAgain("correct", id, input, binding, null, actor, StatusCodes.Status400BadRequest);
        }
        var outcome = await handler.HandleAsync(id, input.Reason, input, actor, cancellationToken);
        return outcome.Succeeded
            ? Redirect($"/backoffice/announcements/{id}?done=corrected")
            : FormAgain("correct", id, input, outcome.Errors, outcome.Errors is null ? outcome.Detail : null, actor, outcome.Kind.HttpStatus());
    }

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, string? publishAt, [FromServices] PublishAnnouncement.Handler handler, [FromServices] GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken)
    {
        if (!TryLocalTime(publishAt, out var at))
        {
            return await PreviewAsync(id, null, new Dictionary<string, string[]> { ["publishAt"] = [DisclosureText.PublishAtFormat] }, null, StatusCodes.Status400BadRequest, desk, cancellationToken);
        }
        var outcome = await handler.HandleAsync(id, at, await staff.RequireAsync(cancellationToken), cancellationToken);
        return await AfterActionAsync(id, outcome, outcome.Value?.Status == "scheduled" ? "scheduled" : "published", desk, cancellationToken);
    }

    [HttpPost("{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, [FromServices] SubmitForReview.Handler handler, [FromServices] GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken) =>
        await AfterActionAsync(id, await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken), "submitted", desk, cancellationToken);

    [HttpPost("{id:int}/review")]
    public async Task<IActionResult> Review(int id, string? decision, string? comment, [FromServices] ReviewAnnouncement.Handler handler, [FromServices] GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, new ReviewAnnouncement.Command(decision, comment, null), await staff.RequireAsync(cancellationToken), cancellationToken);
        return await AfterActionAsync(id, outcome, decision == "return" ? "returned" : "published", desk, cancellationToken);
    }

    [HttpPost("{id:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, string? reason, [FromServices] WithdrawAnnouncement.Handler handler, [FromServices] GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken) =>
        await AfterActionAsync(id, await handler.HandleAsync(id, reason, await staff.RequireAsync(cancellationToken), cancellationToken), "withdrawn", desk, cancellationToken);

    [HttpPost("{id:int}/extension")]
    public async Task<IActionResult> Extend(int id, DateOnly? deadline, string? reason, [FromServices] ExtendDeadline.Handler handler, [FromServices] GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken) =>
        await AfterActionAsync(id, await handler.HandleAsync(id, deadline, reason, await staff.RequireAsync(cancellationToken), cancellationToken), "extended", desk, cancellationToken);

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromServices] DeleteDraft.Handler handler, [FromServices] GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? Redirect("/backoffice/announcements") : await AfterActionAsync(id, outcome, "deleted", desk, cancellationToken);
    }

    [HttpPost("{id:int}/attachments")]
    [RequestSizeLimit(32L * 1024 * 1024)]
    public async Task<IActionResult> Attach(int id, IFormFile? file, string? title, [FromServices] AttachDocument.Handler handler,
        [FromServices] GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken)
    {
        var command = new AttachDocument.Command(title, file?.FileName, await FormFiles.ReadAsync(file, cancellationToken));
        return await AfterActionAsync(id, await handler.HandleAsync(id, command, await staff.RequireAsync(cancellationToken), cancellationToken), "attached", desk, cancellationToken);
    }

    [HttpPost("{id:int}/attachments/{attachmentId:int}/delete")]
    public async Task<IActionResult> Detach(int id, int attachmentId, [FromServices] RemoveAttachment.Handler handler, [FromServices] GetDeskAnnouncement.Handler desk,
        CancellationToken cancellationToken) =>
        await AfterActionAsync(id, await handler.HandleAsync(id, attachmentId, await staff.RequireAsync(cancellationToken), cancellationToken), "detached", desk, cancellationToken);

    [HttpGet("{id:int}/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Attachment(int id, int attachmentId, [FromServices] OpenAttachment.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.DeskAsync(id, attachmentId, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? PublicPagesController.Pdf(this, outcome.Value!) : NotFound();
    }

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private async Task<IActionResult> FormOfAsync(int id, string mode, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var loaded = await own.LoadAsync(id, actor, cancellationToken);
        if (!loaded.Succeeded)
        {
            return loaded.Kind == OutcomeKind.NotFound ? NotFound() : Forbid();
        }
        var input = mode == "correct" ? new CorrectionInput() : new AnnouncementInput();
        foreach (var property in typeof(AnnouncementInput).GetProperties())
        {
            property.SetValue(input, property.GetValue(AnnouncementMapping.InputOf(loaded.Value!)));
        }
        return View("~/Views/Desk/Form.cshtml", new FormPage(mode, id, input, NoErrors, null, actor));
    }

    private ViewResult FormAgain(string mode, int? id, AnnouncementInput input, IReadOnlyDictionary<string, string[]>? errors, string? problem, StaffContext actor, int status)
    {
        Response.StatusCode = status;
        return View("~/Views/Desk/Form.cshtml", new FormPage(mode, id, input, errors ?? NoErrors, problem, actor));
    }

    private async Task<IActionResult> PreviewAsync(int id, string? done, IReadOnlyDictionary<string, string[]> errors, string? problem, int status, GetDeskAnnouncement.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == OutcomeKind.NotFound ? NotFound() : Forbid();
        }
        Response.StatusCode = status;
        return View("~/Views/Desk/Show.cshtml", new PreviewPage(outcome.Value!, done, errors, problem));
    }

    private async Task<IActionResult> AfterActionAsync<T>(int id, Outcome<T> outcome, string done, GetDeskAnnouncement.Handler desk, CancellationToken cancellationToken) =>
        outcome.Succeeded
            ? Redirect($"/backoffice/announcements/{id}?done={done}")
            : await PreviewAsync(id, null, outcome.Errors ?? NoErrors, outcome.Errors is null ? outcome.Detail : null, outcome.Kind.HttpStatus(), desk, cancellationToken);

    /// <summary>Values the form could not even bind (a letter in a number field), keyed like the API's field errors.</summary>
    private Dictionary<string, string[]>? BindingErrors()
    {
        var errors = FieldErrors.Of(ModelState);
        return errors.Count == 0 ? null : errors;
    }

    /// <summary>A datetime-local field, read as Beijing time.</summary>
    private static bool TryLocalTime(string? value, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            utc = ChinaTime.ToUtc(local);
            return true;
        }
        return false;
    }
}
