using Portal.Modules.Core;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

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

        var definition = list is { } l ? ListDefinitions.Of(l) : null;
        if (definition is not null && stage is { } st && definition.Has(st))
        {
            foreach (var rule in definition.Stage(st).Fields.Where(r => r.Required))
            {
                if (!IsGiven(rule.Field, input, indicators.Count, equipment.Count, exitMethod) && (rule.Or is not { } or || !IsGiven(or, input, indicators.Count, equipment.Count, exitMethod)))
                {
                    Missing(rule, errors);
                }
            }
            if (definition.SafetyStopsProduction && st == AnnouncementStage.Notice && dimension == Dimensions.Safety && input.StopProductionImmediately == false)
            {
                errors.Add("stopProductionImmediately", DisclosureText.SafetyStopsAtOnce);
            }
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
            if (item is { Measured: { } measured, Limit: { } limit } && definition?.IndicatorsMustFail == true
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
            StopProductionImmediately = dimension == Dimensions.Safety && definition?.SafetyStopsProduction == true,
            FailedItems = AnnouncementMapping.Trimmed(input.FailedItems),
            Unrectified = AnnouncementMapping.Trimmed(input.Unrectified),
            Completion = AnnouncementMapping.Trimmed(input.Completion),
            CompletedOn = input.CompletedOn,
            Products = AnnouncementMapping.Trimmed(input.Products),
            InspectedItems = AnnouncementMapping.Trimmed(input.InspectedItems),
        };
    }
    private static bool IsGiven(ContentField field, AnnouncementInput input, int indicators, int equipment, ExitMethod? exitMethod) => field switch
    {
        ContentField.Summary => !string.IsNullOrWhiteSpace(input.Summary),
        ContentField.Violations => !string.IsNullOrWhiteSpace(input.Violations),
        ContentField.FailedItems => !string.IsNullOrWhiteSpace(input.FailedItems),
        ContentField.Indicators => indicators > 0,
        ContentField.Equipment => equipment > 0,
        ContentField.ExitMethod => exitMethod is not null,
        ContentField.Unrectified => !string.IsNullOrWhiteSpace(input.Unrectified),
        ContentField.Basis => !string.IsNullOrWhiteSpace(input.Basis),
        ContentField.Requirements => !string.IsNullOrWhiteSpace(input.Requirements),
        ContentField.Products => !string.IsNullOrWhiteSpace(input.Products),
        ContentField.InspectedItems => !string.IsNullOrWhiteSpace(input.InspectedItems),
        ContentField.Completion => !string.IsNullOrWhiteSpace(input.Completion),
        ContentField.CompletedOn => input.CompletedOn is not null,
        // The enterprise's deadline is judged with its limits by DeadlineRules.
        ContentField.Deadline => true,
        _ => true,
    };

    private static void Missing(FieldRule rule, ValidationErrors errors)
    {
        var name = ContentFields.NameOf(rule.Field);
        if (errors.Has(name))
        {
            return;
        }
        errors.Add(name, rule.Missing?.Invoke() ?? rule.Field switch
        {
            ContentField.Indicators => DisclosureText.IndicatorsRequired,
            ContentField.Equipment => DisclosureText.EquipmentRequired,
            ContentField.ExitMethod => string.Format(DisclosureText.ExitMethodRequired, WireValue.List<ExitMethod>()),
            _ => string.Format(CoreText.FieldRequired, ContentFields.LabelOf(rule.Field)),
        });
    }
}
