using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// The list-specific content each announcement must carry (docs/domain.md, "What an inspection can find", from
/// 002_aa3e6ff6d4b81995.txt 一(二)), checked field by field and turned into the stored <see cref="AnnouncementBody"/>.
/// </summary>
public static class AnnouncementContent
{
    private const int TextLimit = 4000;

    public static AnnouncementBody Check(AnnouncementInput input, AnnouncementList? list, AnnouncementStage? stage, string? dimension, ValidationErrors errors)
    {
        var indicators = (input.Indicators ?? []).Where(i => i is not null && !i.IsBlank).ToList();
        var equipment = (input.Equipment ?? []).Where(e => e is not null && !e.IsBlank).ToList();
        foreach (var (value, field, label) in new[]
                 {
                     (input.Summary, "summary", DisclosureText.FieldSummary), (input.Violations, "violations", DisclosureText.FieldViolations),
                     (input.Basis, "basis", DisclosureText.FieldBasis), (input.Requirements, "requirements", DisclosureText.FieldRequirements),
                     (input.FailedItems, "failedItems", DisclosureText.FieldFailedItems), (input.Unrectified, "unrectified", DisclosureText.FieldUnrectified),
                     (input.Completion, "completion", DisclosureText.FieldCompletion), (input.Products, "products", DisclosureText.FieldProducts),
                     (input.InspectedItems, "inspectedItems", DisclosureText.FieldInspectedItems),
                 })
        {
            errors.MaxLength(value, field, label, TextLimit);
        }

        var exitMethod = errors.Enum<ExitMethod>(input.ExitMethod, "exitMethod");

        switch (list, stage)
        {
            case (AnnouncementList.Violation, AnnouncementStage.Notice):
                errors.Require("violations", input.Violations, DisclosureText.FieldViolations);
                errors.Require("basis", input.Basis, DisclosureText.FieldBasis);
                errors.Require("requirements", input.Requirements, DisclosureText.FieldRequirements);
                break;
            case (AnnouncementList.Violation, AnnouncementStage.Result):
            case (AnnouncementList.Rectification, AnnouncementStage.Result):
                errors.Require("completion", input.Completion, DisclosureText.FieldCompletion);
                break;
            case (AnnouncementList.Elimination, _):
                if (equipment.Count == 0)
                {
                    errors.Add("equipment", DisclosureText.EquipmentRequired);
                }
                if (exitMethod is null && !errors.Has("exitMethod"))
                {
                    errors.Add("exitMethod", string.Format(DisclosureText.ExitMethodRequired, WireValue.List<ExitMethod>()));
                }
                if (stage == AnnouncementStage.Result)
                {
                    errors.Require("completion", input.Completion, DisclosureText.FieldCompletion);
                }
                break;
            case (AnnouncementList.Rectification, AnnouncementStage.Notice):
                if (indicators.Count == 0)
                {
                    errors.Add("indicators", DisclosureText.IndicatorsRequired);
                }
                errors.Require("requirements", input.Requirements, DisclosureText.FieldRequirements);
                // "立即停产停业整顿" — 001_58b80246c25f4b78.txt 三4, 003, 004: a safety shortfall stops production at once.
                if (dimension == Dimensions.Safety && input.StopProductionImmediately == false)
                {
                    errors.Add("stopProductionImmediately", DisclosureText.SafetyStopsAtOnce);
                }
                break;
            case (AnnouncementList.ForcedExit, _):
                if (indicators.Count == 0 && string.IsNullOrWhiteSpace(input.FailedItems))
                {
                    errors.Add("failedItems", DisclosureText.FailedItemsRequired);
                }
                errors.Require("unrectified", input.Unrectified, DisclosureText.FieldUnrectified);
                errors.Require("basis", input.Basis, DisclosureText.FieldBasis);
                errors.Require("completion", input.Completion, DisclosureText.FieldCompletion);
                break;
            case (AnnouncementList.Compliant, _):
                if (equipment.Count == 0)
                {
                    errors.Add("equipment", DisclosureText.MainEquipmentRequired);
                }
                errors.Require("products", input.Products, DisclosureText.FieldProducts);
                errors.Require("inspectedItems", input.InspectedItems, DisclosureText.FieldInspectedItems);
                break;
        }

        var checkedIndicators = new List<Indicator>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var item = indicators[i];
            var field = $"indicators[{i}]";
            errors.Require($"{field}.name", item.Name, DisclosureText.FieldIndicatorName);
            errors.Require($"{field}.unit", item.Unit, DisclosureText.FieldIndicatorUnit);
            if (item.Measured is null)
            {
                errors.Add($"{field}.measured", string.Format(CoreText.FieldRequired, DisclosureText.FieldIndicatorMeasured));
            }
            if (item.Limit is null)
            {
                errors.Add($"{field}.limit", string.Format(CoreText.FieldRequired, DisclosureText.FieldIndicatorLimit));
            }
            var kind = errors.Enum<LimitKind>(item.LimitKind, $"{field}.limitKind") ?? LimitKind.Max;
            // A yellow-list indicator is one that failed: a value within its limit would accuse a compliant enterprise.
            if (item is { Measured: { } measured, Limit: { } limit } && list is AnnouncementList.Rectification or AnnouncementList.ForcedExit
                && (kind == LimitKind.Max ? measured <= limit : measured >= limit))
            {
                errors.Add($"{field}.measured", string.Format(kind == LimitKind.Max ? DisclosureText.IndicatorWithinMax : DisclosureText.IndicatorWithinMin, item.Name, measured, limit));
            }
            if (item is { Name: not null, Unit: not null, Measured: not null, Limit: not null })
            {
                checkedIndicators.Add(new Indicator(item.Name.Trim(), item.Measured.Value, item.Limit.Value, item.Unit.Trim(), kind, AnnouncementMapping.Trimmed(item.Standard)));
            }
        }

        var checkedEquipment = new List<EquipmentLine>();
        for (var i = 0; i < equipment.Count; i++)
        {
            var item = equipment[i];
            var field = $"equipment[{i}]";
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
            if (item is { Name: not null, Quantity: > 0, Capacity: >= 0, CapacityUnit: not null })
            {
                checkedEquipment.Add(new EquipmentLine(item.Name.Trim(), AnnouncementMapping.Trimmed(item.Model), item.Quantity.Value, item.Capacity.Value, item.CapacityUnit.Trim()));
            }
        }

        return new AnnouncementBody
        {
            Summary = AnnouncementMapping.Trimmed(input.Summary),
            Violations = AnnouncementMapping.Trimmed(input.Violations),
            Basis = AnnouncementMapping.Trimmed(input.Basis),
            Requirements = AnnouncementMapping.Trimmed(input.Requirements),
            Indicators = checkedIndicators,
            Equipment = checkedEquipment,
            ExitMethod = exitMethod,
            StopProductionImmediately = dimension == Dimensions.Safety && list == AnnouncementList.Rectification,
            FailedItems = AnnouncementMapping.Trimmed(input.FailedItems),
            Unrectified = AnnouncementMapping.Trimmed(input.Unrectified),
            Completion = AnnouncementMapping.Trimmed(input.Completion),
            CompletedOn = input.CompletedOn,
            Products = AnnouncementMapping.Trimmed(input.Products),
            InspectedItems = AnnouncementMapping.Trimmed(input.InspectedItems),
        };
    }
}
