using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Regions;

namespace Portal.Modules.Core.Staff;

/// <summary>The administrator's page for staff accounts: who works for which unit, and opening a new account.</summary>
[Route("backoffice/staff")]
[Authorize(Policy = Permissions.ManageStaff)]
public sealed class StaffAdminController(ListStaffUsers.Handler list, RegionDirectory regions, DepartmentDirectory departments) : BackOfficeController
{
    public sealed class NewUserForm
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public string? Email { get; set; }
        public string? Role { get; set; }
        public string? RegionCode { get; set; }
        public string? Department { get; set; }
    }

    public sealed record PageModel(
        IReadOnlyList<ListStaffUsers.Item> Users,
        NewUserForm Form,
        IReadOnlyList<(string Code, string Name)> Regions,
        IReadOnlyList<DepartmentKind> Kinds,
        string? Created,
        string? Unlocked = null,
        string? Changed = null)
    {
        public ListStaffUsers.Query Filter { get; init; } = new();
    }

    public sealed record AccountPage(ShowStaffAccount.Result Account, NewUserForm Form, IReadOnlyList<(string Code, string Name)> Regions, IReadOnlyList<DepartmentKind> Kinds,
        IReadOnlyDictionary<string, string[]> Errors, bool Saved, string? Problem);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? created, string? unlocked, string? changed, [FromQuery] ListStaffUsers.Query filter, CancellationToken cancellationToken) =>
        View("~/Views/StaffAdmin/Index.cshtml", await PageAsync(new NewUserForm(), created, cancellationToken, unlocked, changed, filter));

    [HttpGet("{userName}")]
    public async Task<IActionResult> Account(string userName, bool saved, [FromServices] ShowStaffAccount.Handler handler, CancellationToken cancellationToken) =>
        await AccountAsync(userName, null, new Dictionary<string, string[]>(), saved, null, handler, cancellationToken);

    [HttpPost("{userName}/edit")]
    public async Task<IActionResult> Edit(string userName, [FromForm] NewUserForm form, [FromServices] UpdateStaffUser.Handler handler,
        [FromServices] ShowStaffAccount.Handler account, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(userName, new UpdateStaffUser.Command(form.Email, form.Role, form.RegionCode, form.Department), User.Identity!.Name!,
            cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/staff/{Uri.EscapeDataString(outcome.Value!.UserName)}?saved=true");
        }
        if (outcome.Kind == Common.OutcomeKind.NotFound)
        {
            return NotFound();
        }
        Response.StatusCode = Common.OutcomeStatus.HttpStatus(outcome.Kind);
        return await AccountAsync(userName, form, outcome.Errors ?? new Dictionary<string, string[]>(), false, outcome.Errors is null ? outcome.Detail : null, account,
            cancellationToken);
    }

    private async Task<IActionResult> AccountAsync(string userName, NewUserForm? typed, IReadOnlyDictionary<string, string[]> errors, bool saved, string? problem,
        ShowStaffAccount.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(userName, cancellationToken);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        var a = outcome.Value!.Account;
        var form = typed ?? new NewUserForm { Email = a.Email, Role = a.Roles.FirstOrDefault(), RegionCode = a.RegionCode, Department = a.Department };
        return View("~/Views/StaffAdmin/Account.cshtml",
            new AccountPage(outcome.Value, form, await RegionOptionsAsync(cancellationToken), await departments.KindsAsync(cancellationToken), errors, saved, problem));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] NewUserForm form, [FromServices] CreateStaffUser.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(
            new CreateStaffUser.Command(form.UserName, form.Password, form.Email, form.Role, form.RegionCode, form.Department),
            User.Identity!.Name!,
            cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToAction(nameof(Index), new { created = outcome.Value!.UserName });
        }
        if (outcome.Errors is null)
        {
            ModelState.AddModelError(string.Empty, outcome.Detail ?? CoreText.UnknownError);
        }
        else
        {
            foreach (var (field, messages) in outcome.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError("Form." + char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
        }
        form.Password = null;
        Response.StatusCode = outcome.Kind == Common.OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View("~/Views/StaffAdmin/Index.cshtml", await PageAsync(form, null, cancellationToken));
    }

    [HttpPost("{userName}/unlock")]
    public async Task<IActionResult> Unlock(string userName, [FromServices] UnlockStaffUser.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(userName, User.Identity!.Name!, cancellationToken);
        return outcome.Succeeded ? RedirectToAction(nameof(Index), new { unlocked = outcome.Value!.UserName }) : NotFound();
    }

    [HttpPost("{userName}/disable")]
    public Task<IActionResult> Disable(string userName, [FromServices] SetStaffUserEnabled.Handler handler, CancellationToken cancellationToken) =>
        ChangedAsync(handler.HandleAsync(userName, enabled: false, User.Identity!.Name!, cancellationToken), cancellationToken);

    [HttpPost("{userName}/enable")]
    public Task<IActionResult> Enable(string userName, [FromServices] SetStaffUserEnabled.Handler handler, CancellationToken cancellationToken) =>
        ChangedAsync(handler.HandleAsync(userName, enabled: true, User.Identity!.Name!, cancellationToken), cancellationToken);

    [HttpPost("{userName}/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(string userName, [FromServices] ResetStaffTwoFactor.Handler handler, CancellationToken cancellationToken) =>
        ChangedAsync(handler.HandleAsync(userName, User.Identity!.Name!, cancellationToken), cancellationToken);

    [HttpPost("{userName}/password-reset")]
    public async Task<IActionResult> SendPasswordReset(string userName, [FromServices] GetStaffUser.Handler accounts, [FromServices] RequestPasswordReset.Handler handler,
        CancellationToken cancellationToken)
    {
        var account = await accounts.HandleAsync(userName, cancellationToken);
        if (!account.Succeeded)
        {
            return NotFound();
        }
        await handler.HandleAsync(new RequestPasswordReset.Command(account.Value!.UserName), $"{Request.Scheme}://{Request.Host}", User.Identity!.Name!, cancellationToken);
        return RedirectToAction(nameof(Index), new { changed = account.Value.UserName });
    }

    private async Task<IActionResult> ChangedAsync(Task<Common.Outcome<GetStaffUser.Result>> change, CancellationToken cancellationToken)
    {
        var outcome = await change;
        if (outcome.Succeeded)
        {
            // Sent from the account's own page, the answer is that page again.
            return Request.HasFormContentType && Request.Form["back"] == "account"
                ? Redirect($"/backoffice/staff/{Uri.EscapeDataString(outcome.Value!.UserName)}?saved=true")
                : RedirectToAction(nameof(Index), new { changed = outcome.Value!.UserName });
        }
        if (outcome.Kind == Common.OutcomeKind.NotFound)
        {
            return NotFound();
        }
        ModelState.AddModelError(string.Empty, outcome.Detail ?? CoreText.UnknownError);
        Response.StatusCode = Common.OutcomeStatus.HttpStatus(outcome.Kind);
        return View("~/Views/StaffAdmin/Index.cshtml", await PageAsync(new NewUserForm(), null, cancellationToken));
    }

    private async Task<PageModel> PageAsync(NewUserForm form, string? created, CancellationToken cancellationToken, string? unlocked = null, string? changed = null,
        ListStaffUsers.Query? filter = null)
    {
        filter ??= new ListStaffUsers.Query();
        return new PageModel(await list.HandleAsync(filter, cancellationToken), form, await RegionOptionsAsync(cancellationToken), await departments.KindsAsync(cancellationToken), created, unlocked, changed)
        {
            Filter = filter,
        };
    }

    private async Task<IReadOnlyList<(string Code, string Name)>> RegionOptionsAsync(CancellationToken cancellationToken)
    {
        var tree = await regions.GetAsync(cancellationToken);
        return [.. tree.All.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => (r.Code, new string('　', (int)r.Level - 1) + tree.QualifiedName(r.Code)))];
    }
}
