using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises.Import;

/// <summary>Bulk import of the register: upload, preview with each refused row, confirm, and follow the progress.</summary>
[Route("backoffice/enterprises/import")]
[Authorize(Policy = Permissions.EditEnterprises)]
public sealed class EnterpriseImportPagesController(StaffScope staff) : BackOfficeController
{
    [HttpGet("")]
    public IActionResult Upload() => View("~/Views/Enterprises/Import.cshtml", (string?)null);

    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join(",", EnterpriseSheet.Columns.Select(c => c.Title)) + "\r\n")).ToArray(),
            "text/csv; charset=utf-8", "enterprises-template.csv");

    [HttpPost("")]
    [RequestSizeLimit(12L * 1024 * 1024)]
    public async Task<IActionResult> Preview(IFormFile? file, [FromServices] PreviewEnterpriseImport.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new PreviewEnterpriseImport.Command(file?.FileName, await FormFiles.ReadAsync(file, cancellationToken)),
            await staff.RequireAsync(cancellationToken), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/backoffice/enterprises/import/{outcome.Value}");
        }
        Response.StatusCode = outcome.Kind.HttpStatus();
        return View("~/Views/Enterprises/Import.cshtml", outcome.Errors?.Values.SelectMany(v => v).FirstOrDefault() ?? outcome.Detail);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, [FromServices] GetEnterpriseImport.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Succeeded ? View("~/Views/Enterprises/ImportRun.cshtml", outcome.Value) : NotFound();
    }

    [HttpPost("{id:int}/confirm")]
    public async Task<IActionResult> Confirm(int id, [FromServices] ConfirmEnterpriseImport.Handler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, await staff.RequireAsync(cancellationToken), cancellationToken);
        return outcome.Kind switch
        {
            OutcomeKind.NotFound => NotFound(),
            _ => Redirect($"/backoffice/enterprises/import/{id}"),
        };
    }
}
