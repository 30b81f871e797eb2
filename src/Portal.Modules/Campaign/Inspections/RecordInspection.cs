using Microsoft.EntityFrameworkCore;
using Portal.Modules.Campaign.Common;
using Portal.Modules.Campaign.Data;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Campaign.Inspections;

/// <summary>
/// A county's editor records an on-site inspection of an enterprise in its area (POST /api/v1/inspections): each item
/// checked by aspect with its result, measured value and limit, and what was done on the spot when something failed.
/// </summary>
public static class RecordInspection
{
    public const int MaxItems = 100;

    public sealed record ItemInput(
        [property: WireValues(typeof(InspectionAspect))] string? Aspect,
        string? Name,
        [property: WireValues(typeof(InspectionResult))] string? Result,
        decimal? Measured,
        decimal? Limit,
        string? Unit,
        string? Basis,
        string? Note);

    public sealed record Command(string? EnterpriseCreditCode, int? Year, DateOnly? InspectedOn, string? Inspectors, string? Disposal, IReadOnlyList<ItemInput?>? Items);

    public sealed record Result(int Id, int Year, string EnterpriseCreditCode, bool Passed);

    public sealed class Validator(EnterpriseInArea enterprises, TimeProvider clock)
    {
        public async Task<(Enterprise? Enterprise, ValidationErrors Errors)> ValidateAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var enterprise = await enterprises.FindAsync(command.EnterpriseCreditCode, actor, errors, cancellationToken);
            if (command.InspectedOn is not { } on)
            {
                errors.Add("inspectedOn", CampaignText.InspectedOnRequired);
            }
            else if (on > ChinaTime.Today(clock))
            {
                errors.Add("inspectedOn", string.Format(CampaignText.InspectedOnFuture, on.ToString("yyyy-MM-dd")));
            }
            else if (command.Year is { } year && year != on.Year)
            {
                errors.Add("year", string.Format(CampaignText.YearMismatch, year, on.ToString("yyyy-MM-dd")));
            }
            if (string.IsNullOrWhiteSpace(command.Inspectors))
            {
                errors.Add("inspectors", CampaignText.InspectorsRequired);
            }
            errors.MaxLength(command.Inspectors, "inspectors", CampaignText.InspectorsLabel, 200);
            errors.MaxLength(command.Disposal, "disposal", CampaignText.DisposalLabel, 1000);
            var items = command.Items ?? [];
            if (items.Count == 0)
            {
                errors.Add("items", CampaignText.ItemsRequired);
            }
            else if (items.Count > MaxItems)
            {
                errors.Add("items", string.Format(CampaignText.ItemsTooMany, MaxItems));
            }
            else
            {
                var failed = false;
                for (var i = 0; i < items.Count; i++)
                {
                    var field = $"items[{i}]";
                    if (items[i] is not { } item)
                    {
                        errors.Add(field, string.Format(CampaignText.ItemNameRequired, i + 1));
                        continue;
                    }
                    errors.Enum<InspectionAspect>(item.Aspect, $"{field}.aspect", CampaignText.AspectLabel);
                    failed |= errors.Enum<InspectionResult>(item.Result, $"{field}.result", CampaignText.ResultLabel) == InspectionResult.Fail;
                    if (string.IsNullOrWhiteSpace(item.Name))
                    {
                        errors.Add($"{field}.name", string.Format(CampaignText.ItemNameRequired, i + 1));
                    }
                    errors.MaxLength(item.Name, $"{field}.name", CampaignText.ItemNameLabel, 200);
                    errors.MaxLength(item.Unit, $"{field}.unit", CampaignText.UnitLabel, 32);
                    errors.MaxLength(item.Basis, $"{field}.basis", CampaignText.BasisLabel, 200);
                    errors.MaxLength(item.Note, $"{field}.note", CampaignText.NoteLabel, 500);
                    if (item.Limit is not null && item.Measured is null)
                    {
                        errors.Add($"{field}.measured", string.Format(CampaignText.ItemLimitWithoutValue, i + 1));
                    }
                    if (item.Measured is not null && string.IsNullOrWhiteSpace(item.Unit))
                    {
                        errors.Add($"{field}.unit", string.Format(CampaignText.ItemUnitRequired, i + 1));
                    }
                }
                // 现场处置: a failure found on site is dealt with on site (seed 000_6ff842427b64bf71.txt, 四(二) 现场处置任务).
                if (failed && string.IsNullOrWhiteSpace(command.Disposal))
                {
                    errors.Add("disposal", CampaignText.FailedWithoutDisposal);
                }
            }
            return (errors.IsEmpty ? enterprise : null, errors);
        }
    }

    public sealed class Handler(PortalDbContext db, Validator validator, Audit audit, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            var (enterprise, errors) = await validator.ValidateAsync(command, actor, cancellationToken);
            if (enterprise is null)
            {
                return Outcome<Result>.Invalid(errors);
            }
            var on = command.InspectedOn!.Value;
            var inspection = EnterpriseInArea.Stamp(new Inspection
            {
                InspectedOn = on,
                Inspectors = command.Inspectors!.Trim(),
                Disposal = string.IsNullOrWhiteSpace(command.Disposal) ? null : command.Disposal.Trim(),
                Items = [.. command.Items!.Select((item, i) => new InspectionItem
                {
                    Order = i + 1,
                    Aspect = Parsed<InspectionAspect>(item!.Aspect),
                    Name = item.Name!.Trim(),
                    Result = Parsed<InspectionResult>(item.Result),
                    Measured = item.Measured,
                    Limit = item.Limit,
                    Unit = string.IsNullOrWhiteSpace(item.Unit) ? null : item.Unit.Trim(),
                    Basis = string.IsNullOrWhiteSpace(item.Basis) ? null : item.Basis.Trim(),
                    Note = string.IsNullOrWhiteSpace(item.Note) ? null : item.Note.Trim(),
                })],
            }, enterprise, actor, on.Year, clock.GetUtcNow().UtcDateTime);
            // The audit entry names the new id, so the record and its entry commit together in one transaction.
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                db.Set<Inspection>().Add(inspection);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record(actor.UserName, "inspection.record", nameof(Inspection), inspection.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    new { inspection.EnterpriseCreditCode, inspection.InspectedOn, items = inspection.Items.Count, inspection.Passed });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            return Outcome<Result>.Created(new Result(inspection.Id, inspection.Year, inspection.EnterpriseCreditCode, inspection.Passed));
        }

        private static T Parsed<T>(string? wire) where T : struct, Enum =>
            WireValue.TryParse<T>(wire, out var value) ? value : throw new InvalidOperationException($"{wire} passed validation as a {typeof(T).Name}");
    }
}
