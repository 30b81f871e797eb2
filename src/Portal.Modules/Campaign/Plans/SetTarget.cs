using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Common;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Plans;

/// <summary>
/// The county sets a problem enterprise's target (POST /api/v1/targets): rectify, eliminate, close or transform, the
/// way there, the deadline and the responsible department — a row of 附表3 (seed 000_6ff842427b64bf71.txt, 五(三)2).
/// </summary>
public static class SetTarget
{
    public sealed record Command(
        string? EnterpriseCreditCode,
        int? Year,
        int? InspectionId,
        string? Problem,
        [property: WireValues(typeof(TargetKind))] string? Kind,
        string? Path,
        DateOnly? DueOn,
        string? ResponsibleDepartment);

    public sealed record Result(int Id, int Year, string EnterpriseCreditCode, DateOnly DueOn);

    public sealed class Handler(PortalDbContext db, EnterpriseInArea enterprises, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var enterprise = await enterprises.FindAsync(command.EnterpriseCreditCode, actor, errors, cancellationToken);
            var year = PlanFields.Year(command.Year, clock, errors);
            var kind = errors.Enum<TargetKind>(command.Kind, "kind", CampaignText.TargetKindLabel);
            errors.Require("problem", command.Problem, CampaignText.ProblemLabel).MaxLength(command.Problem, "problem", CampaignText.ProblemLabel, 500);
            errors.Require("path", command.Path, CampaignText.PathLabel).MaxLength(command.Path, "path", CampaignText.PathLabel, 1000);
            errors.Require("responsibleDepartment", command.ResponsibleDepartment, CampaignText.ResponsibleDepartmentLabel)
                .MaxLength(command.ResponsibleDepartment, "responsibleDepartment", CampaignText.ResponsibleDepartmentLabel, 100);
            if (command.DueOn is not { } due)
            {
                errors.Add("dueOn", string.Format(CoreText.FieldRequired, CampaignText.DueOnLabel));
            }
            else if (year is { } y && due.Year < y)
            {
                errors.Add("dueOn", string.Format(CampaignText.DueBeforeYear, due.ToString("yyyy-MM-dd"), y));
            }
            if (command.InspectionId is { } inspectionId && enterprise is not null
                && !await db.Set<Inspection>().AnyAsync(i => i.Id == inspectionId && i.EnterpriseId == enterprise.Id, cancellationToken))
            {
                errors.Add("inspectionId", string.Format(CampaignText.InspectionOfOtherEnterprise, inspectionId, enterprise.Name));
            }
            if (!errors.IsEmpty || enterprise is null)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var target = EnterpriseInArea.Stamp(new Target
            {
                InspectionId = command.InspectionId,
                Problem = command.Problem!.Trim(),
                Kind = kind!.Value,
                Path = command.Path!.Trim(),
                DueOn = command.DueOn!.Value,
                ResponsibleDepartment = command.ResponsibleDepartment!.Trim(),
            }, enterprise, actor, year!.Value, clock.GetUtcNow().UtcDateTime);
            await PlanFields.SaveWithAuditAsync(db, audit, target, actor, "target.set", new { target.EnterpriseCreditCode, kind = WireValue.Of(target.Kind), target.DueOn }, cancellationToken);
            return Outcome<Result>.Created(new Result(target.Id, target.Year, target.EnterpriseCreditCode, target.DueOn));
        }
    }
}
