using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;

namespace Portal.Modules.Core.Enterprises;

/// <summary>An editor records an enterprise, or corrects it, with its equipment and capacity (PUT /api/v1/enterprises/{creditCode}).</summary>
public static class UpsertEnterprise
{
    public sealed record EquipmentInput(string? Name, string? Model, int? Quantity, decimal? Capacity, string? CapacityUnit);

    public sealed record Command(
        string? CreditCode,
        string? Name,
        string? Address,
        string? RegionCode,
        string? Industry,
        string? Size,
        string? State,
        string? Ownership,
        IReadOnlyList<EquipmentInput>? Equipment,
        bool MustBeNew = false);

    public sealed record Result(int Id, string CreditCode, bool Created);

    public sealed class Validator(PortalDbContext db, RegionDirectory regions)
    {
        public async Task<(ValidationErrors Errors, CreditCodeCheck Code)> ValidateAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var code = CreditCode.Check(command.CreditCode);
            if (!code.IsValid)
            {
                errors.Add("creditCode", code.Problem!);
            }
            errors.Require("name", command.Name, CoreText.EnterpriseName);
            errors.Require("address", command.Address, CoreText.EnterpriseAddress);
            errors.MaxLength(command.Name, "name", CoreText.EnterpriseName, 128);
            errors.MaxLength(command.Address, "address", CoreText.EnterpriseAddress, 256);
            var tree = await regions.GetAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(command.RegionCode))
            {
                errors.Add("regionCode", string.Format(CoreText.FieldRequired, CoreText.RegionCode));
            }
            else if (tree.Find(command.RegionCode.Trim()) is null)
            {
                errors.Add("regionCode", string.Format(CoreText.UnknownRegion, command.RegionCode));
            }
            if (string.IsNullOrWhiteSpace(command.Industry))
            {
                errors.Add("industry", string.Format(CoreText.FieldRequired, CoreText.IndustryLabel));
            }
            else if (!await db.Industries.AnyAsync(i => i.Code == command.Industry.Trim(), cancellationToken))
            {
                var known = await db.Industries.OrderBy(i => i.SortOrder).Select(i => i.Code).ToListAsync(cancellationToken);
                errors.Add("industry", string.Format(CoreText.UnknownIndustry, command.Industry, string.Join(CoreText.ListSeparator, known)));
            }
            errors.Enum<EnterpriseSize>(command.Size, "size");
            errors.Enum<EnterpriseState>(command.State, "state");
            errors.Enum<Ownership>(command.Ownership, "ownership");
            var equipment = command.Equipment ?? [];
            for (var i = 0; i < equipment.Count; i++)
            {
                var item = equipment[i];
                var field = $"equipment[{i}]";
                if (item is null)
                {
                    errors.Add(field, CoreText.EquipmentMissing);
                    continue;
                }
                errors.Require($"{field}.name", item.Name, CoreText.EquipmentName);
                if (item.Quantity is not > 0)
                {
                    errors.Add($"{field}.quantity", CoreText.EquipmentQuantity);
                }
                if (item.Capacity is null or < 0)
                {
                    errors.Add($"{field}.capacity", CoreText.EquipmentCapacity);
                }
                errors.Require($"{field}.capacityUnit", item.CapacityUnit, CoreText.EquipmentCapacityUnit);
            }
            return (errors, code);
        }

    }

    public sealed class Handler(PortalDbContext db, Validator validator, Audit audit, TimeProvider clock)
    {
        public Task<Outcome<Result>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken) =>
            SaveAsync(command, actor.UserName, actor, cancellationToken);

        /// <summary>One enterprise of a confirmed import, whose rows were checked against the importer's region when it was previewed.</summary>
        public Task<Outcome<Result>> ImportAsync(Command command, string importedBy, CancellationToken cancellationToken) =>
            SaveAsync(command, importedBy, null, cancellationToken);

        private async Task<Outcome<Result>> SaveAsync(Command command, string actorName, StaffContext? actor, CancellationToken cancellationToken)
        {
            var (errors, code) = await validator.ValidateAsync(command, cancellationToken);
            if (!errors.IsEmpty)
            {
                var invalid = Outcome<Result>.Invalid(errors);
                return code.ExpectedCheckCharacter is { } expected ? invalid.With("expectedCheckCharacter", expected.ToString()) : invalid;
            }
            var regionCode = command.RegionCode!.Trim();
            var enterprise = await db.Enterprises.Include(e => e.Equipment).FirstOrDefaultAsync(e => e.CreditCode == code.Normalized, cancellationToken);
            if (actor is not null && !actor.IsIn(Roles.Admin)
                && (!actor.Oversees(regionCode) || (enterprise is not null && !actor.Oversees(enterprise.RegionCode))))
            {
                return Outcome<Result>.Forbidden(string.Format(CoreText.EnterpriseOutsideRegion, actor.Unit.Name));
            }
            if (command.MustBeNew && enterprise is not null)
            {
                return Outcome<Result>.Conflict(string.Format(CoreText.EnterpriseAlreadyRegistered, enterprise.CreditCode, enterprise.Name));
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var created = enterprise is null;
            var before = created ? null : EnterpriseAudit.Snapshot(enterprise!);
            enterprise ??= db.Enterprises.Add(new Enterprise
            {
                CreditCode = code.Normalized, Name = string.Empty, Address = string.Empty, RegionCode = regionCode, IndustryCode = string.Empty, CreatedAt = now,
            }).Entity;
            enterprise.Name = command.Name!.Trim();
            enterprise.Address = command.Address!.Trim();
            enterprise.RegionCode = regionCode;
            enterprise.IndustryCode = command.Industry!.Trim();
            enterprise.Size = Parse(command.Size, enterprise.Size);
            enterprise.State = Parse(command.State, enterprise.State);
            enterprise.Ownership = Parse(command.Ownership, enterprise.Ownership);
            enterprise.UpdatedAt = now;
            if (command.Equipment is not null)
            {
                enterprise.Equipment.Clear();
                enterprise.Equipment.AddRange(command.Equipment.Select((q, i) => new Equipment
                {
                    Name = q.Name!.Trim(),
                    Model = string.IsNullOrWhiteSpace(q.Model) ? null : q.Model.Trim(),
                    Quantity = q.Quantity!.Value,
                    Capacity = q.Capacity!.Value,
                    CapacityUnit = q.CapacityUnit!.Trim(),
                    SortOrder = i,
                }));
            }
            audit.Record(actorName, created ? EnterpriseAudit.Create : EnterpriseAudit.Update, nameof(Enterprise), code.Normalized,
                EnterpriseAudit.Details(before, EnterpriseAudit.Snapshot(enterprise)));
            await db.SaveChangesAsync(cancellationToken);
            var result = new Result(enterprise.Id, enterprise.CreditCode, created);
            return created ? Outcome<Result>.Created(result) : Outcome<Result>.Ok(result);
        }

        private static T Parse<T>(string? wire, T fallback) where T : struct, Enum => WireValue.TryParse<T>(wire, out var value) ? value : fallback;
    }
}
