using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Components;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises;

/// <summary>The enterprise register for editors: find, read, register and correct an enterprise and its equipment.</summary>
[Route("backoffice/enterprises")]
[Authorize(Policy = Permissions.EditEnterprises)]
public sealed class EnterprisePagesController(StaffScope staff, NameDirectory names) : BackOfficeController
{
    public sealed class EquipmentRow
    {
        public string? Name { get; set; }
        public string? Model { get; set; }
        public string? Quantity { get; set; }
        public string? Capacity { get; set; }
        public string? CapacityUnit { get; set; }

        internal bool IsBlank => new[] { Name, Model, Quantity, Capacity, CapacityUnit }.All(string.IsNullOrWhiteSpace);
    }

    /// <summary>The form as typed; numbers stay text so that a refused one comes back as it was.</summary>
    public sealed class EnterpriseForm
    {
        public string? CreditCode { get; set; }
        public string? Name { get; set; }
        public string? Address { get; set; }
        public string? RegionCode { get; set; }
        public string? Industry { get; set; }
        public string? Size { get; set; }
        public string? State { get; set; }
        public string? Ownership { get; set; }
        public List<EquipmentRow> Equipment { get; set; } = [];

        /// <summary>Blank rows dropped, so the problems' row numbers are those shown again.</summary>
        internal void Compact() => Equipment = [.. Equipment.Where(r => !r.IsBlank)];

        internal UpsertEnterprise.Command ToCommand(bool mustBeNew) => new(CreditCode, Name, Address, RegionCode, Industry, Size, State, Ownership,
            [.. Equipment.Select(r => new UpsertEnterprise.EquipmentInput(r.Name, r.Model,
                int.TryParse(r.Quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
                decimal.TryParse(r.Capacity, NumberStyles.Number, CultureInfo.InvariantCulture, out var c) ? c : null, r.CapacityUnit))],
            mustBeNew);

        internal IReadOnlyList<EquipmentRows.Row> Rows => [.. Equipment.Select(r => new EquipmentRows.Row(r.Name, r.Model, r.Quantity, r.Capacity, r.CapacityUnit))];
    }

    public sealed record FormPage(bool New, EnterpriseForm Form, IReadOnlyDictionary<string, string[]> Errors, string? Problem, StaffContext Actor,
        IReadOnlyDictionary<string, string> Industries);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] int page, [FromServices] FindRegisteredEnterprises.Handler handler,
        CancellationToken cancellationToken) =>
        View("~/Views/Enterprises/Index.cshtml", await handler.HandleAsync(new FindRegisteredEnterprises.Query(q, page), await staff.RequireAsync(cancellationToken), cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New([FromQuery] string? creditCode, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        return await FormAsync(true, new EnterpriseForm { CreditCode = creditCode, RegionCode = actor.Unit.RegionCode }, null, null, actor, cancellationToken);
    }

    [HttpPost("new")]
    public Task<IActionResult> Create([FromForm] EnterpriseForm form, [FromServices] UpsertEnterprise.Handler handler, CancellationToken cancellationToken) =>
        SaveAsync(true, form, handler, cancellationToken);

    [HttpGet("{creditCode}")]
    public async Task<IActionResult> Show(string creditCode, [FromQuery] bool saved, [FromServices] ShowRegisteredEnterprise.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(creditCode, await staff.RequireAsync(cancellationToken), cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = outcome.Kind.HttpStatus();
            return View("~/Views/Enterprises/Missing.cshtml", outcome.Detail ?? outcome.Errors?.Values.SelectMany(v => v).FirstOrDefault());
        }
        ViewData["Saved"] = saved;
        return View("~/Views/Enterprises/Show.cshtml", outcome.Value);
    }

    [HttpGet("{creditCode}/edit")]
    public async Task<IActionResult> Edit(string creditCode, [FromServices] ShowRegisteredEnterprise.Handler handler, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        var outcome = await handler.HandleAsync(creditCode, actor, cancellationToken);
        if (!outcome.Succeeded || !outcome.Value!.CanEdit)
        {
            Response.StatusCode = outcome.Succeeded ? StatusCodes.Status403Forbidden : outcome.Kind.HttpStatus();
            return View("~/Views/Enterprises/Missing.cshtml", outcome.Succeeded ? string.Format(CoreText.EnterpriseOutsideRegion, actor.Unit.Name) : outcome.Detail);
        }
        var e = outcome.Value.Enterprise;
        var form = new EnterpriseForm
        {
            CreditCode = e.CreditCode, Name = e.Name, Address = e.Address, RegionCode = e.RegionCode, Industry = e.Industry, Size = e.Size, State = e.State,
            Ownership = e.Ownership,
            Equipment = [.. e.Equipment.Select(q => new EquipmentRow
            {
                Name = q.Name, Model = q.Model, Quantity = q.Quantity.ToString(CultureInfo.InvariantCulture),
                Capacity = q.Capacity.ToString("0.####", CultureInfo.InvariantCulture), CapacityUnit = q.CapacityUnit,
            })],
        };
        return await FormAsync(false, form, null, null, actor, cancellationToken);
    }

    [HttpPost("{creditCode}/edit")]
    public Task<IActionResult> Update(string creditCode, [FromForm] EnterpriseForm form, [FromServices] UpsertEnterprise.Handler handler, CancellationToken cancellationToken)
    {
        // The code names the enterprise in the address; a changed one in the form would register another.
        form.CreditCode = creditCode;
        return SaveAsync(false, form, handler, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(bool isNew, EnterpriseForm form, UpsertEnterprise.Handler handler, CancellationToken cancellationToken)
    {
        var actor = await staff.RequireAsync(cancellationToken);
        form.Compact();
        var outcome = await handler.HandleAsync(form.ToCommand(mustBeNew: isNew), actor, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/enterprises/{outcome.Value!.CreditCode}?saved=true");
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return await FormAsync(isNew, form, outcome.Errors, outcome.Errors is null ? outcome.Detail : null, actor, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(bool isNew, EnterpriseForm form, IReadOnlyDictionary<string, string[]>? errors, string? problem, StaffContext actor,
        CancellationToken cancellationToken) =>
        View("~/Views/Enterprises/Form.cshtml",
            new FormPage(isNew, form, errors ?? new Dictionary<string, string[]>(), problem, actor, (await names.GetAsync(cancellationToken)).Industries));
}
