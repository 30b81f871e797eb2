using Portal.Modules.Campaign.Common;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Plans;

/// <summary>
/// The county lists what the government helps an enterprise with (POST /api/v1/help-tasks): the matter, the level that
/// must solve it, the responsible department and the measures — a row of 附表4 (seed 000_6ff842427b64bf71.txt, 五(四)3).
/// </summary>
public static class AddHelpTask
{
    public sealed record Command(
        string? EnterpriseCreditCode,
        int? Year,
        string? Matter,
        [property: WireValues(typeof(HelpLevel))] string? Level,
        string? ResponsibleDepartment,
        string? Measures,
        DateOnly? DueOn);

    public sealed record Result(int Id, int Year, string EnterpriseCreditCode);

    public sealed class Handler(PortalDbContext db, EnterpriseInArea enterprises, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var enterprise = await enterprises.FindAsync(command.EnterpriseCreditCode, actor, errors, cancellationToken);
            var year = PlanFields.Year(command.Year, clock, errors);
            var level = errors.Enum<HelpLevel>(command.Level, "level", CampaignText.HelpLevelLabel);
            errors.Require("matter", command.Matter, CampaignText.MatterLabel).MaxLength(command.Matter, "matter", CampaignText.MatterLabel, 500);
            errors.Require("measures", command.Measures, CampaignText.MeasuresLabel).MaxLength(command.Measures, "measures", CampaignText.MeasuresLabel, 1000);
            errors.Require("responsibleDepartment", command.ResponsibleDepartment, CampaignText.ResponsibleDepartmentLabel)
                .MaxLength(command.ResponsibleDepartment, "responsibleDepartment", CampaignText.ResponsibleDepartmentLabel, 100);
            if (command.DueOn is { } due && year is { } y && due.Year < y)
            {
                errors.Add("dueOn", string.Format(CampaignText.DueBeforeYear, due.ToString("yyyy-MM-dd"), y));
            }
            if (!errors.IsEmpty || enterprise is null)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var task = EnterpriseInArea.Stamp(new HelpTask
            {
                Matter = command.Matter!.Trim(),
                Level = level!.Value,
                ResponsibleDepartment = command.ResponsibleDepartment!.Trim(),
                Measures = command.Measures!.Trim(),
                DueOn = command.DueOn,
            }, enterprise, actor, year!.Value, clock.GetUtcNow().UtcDateTime);
            await PlanFields.SaveWithAuditAsync(db, audit, task, actor, "help-task.add", new { task.EnterpriseCreditCode, level = WireValue.Of(task.Level) }, cancellationToken);
            return Outcome<Result>.Created(new Result(task.Id, task.Year, task.EnterpriseCreditCode));
        }
    }
}
