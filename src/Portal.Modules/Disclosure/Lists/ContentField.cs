namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// A part of an announcement's content that a list's stage may ask for (docs/domain.md, "What an inspection can find",
/// from 002_aa3e6ff6d4b81995.txt 一(二)). The order here is the order of the editor's form.
/// </summary>
public enum ContentField
{
    Summary,
    Violations,
    FailedItems,
    Indicators,
    Equipment,
    ExitMethod,
    Unrectified,
    Basis,
    Requirements,
    Deadline,
    Products,
    InspectedItems,
    Completion,
    CompletedOn,
}

/// <summary>A content field on one stage of a list: shown on the form, and perhaps required.</summary>
/// <param name="Or">Another field that satisfies the requirement instead (a forced exit names its failed items or lists the indicators).</param>
/// <param name="Missing">The problem when it is required and absent, read in the reader's language; null for the field's label.</param>
public sealed record FieldRule(ContentField Field, bool Required = false, Func<string>? Missing = null, ContentField? Or = null);

/// <summary>Each content field's name on the wire and in forms, and its label.</summary>
public static class ContentFields
{
    private static readonly (string Name, Func<string> Label)[] Info = Build();

    public static string NameOf(ContentField field) => Info[(int)field].Name;

    public static string LabelOf(ContentField field) => Info[(int)field].Label();

    public static bool TryParse(string name, out ContentField field)
    {
        var index = Array.FindIndex(Info, i => i.Name == name);
        field = index < 0 ? default : (ContentField)index;
        return index >= 0;
    }

    private static (string, Func<string>)[] Build()
    {
        var info = new (string, Func<string>)[Enum.GetValues<ContentField>().Length];
        info[(int)ContentField.Summary] = ("summary", () => DisclosureText.FieldSummary);
        info[(int)ContentField.Violations] = ("violations", () => DisclosureText.FieldViolations);
        info[(int)ContentField.FailedItems] = ("failedItems", () => DisclosureText.FieldFailedItems);
        info[(int)ContentField.Indicators] = ("indicators", () => DisclosureText.FieldIndicators);
        info[(int)ContentField.Equipment] = ("equipment", () => DisclosureText.FieldEquipment);
        info[(int)ContentField.ExitMethod] = ("exitMethod", () => DisclosureText.FieldExitMethod);
        info[(int)ContentField.Unrectified] = ("unrectified", () => DisclosureText.FieldUnrectified);
        info[(int)ContentField.Basis] = ("basis", () => DisclosureText.FieldBasis);
        info[(int)ContentField.Requirements] = ("requirements", () => DisclosureText.FieldRequirements);
        info[(int)ContentField.Deadline] = ("deadline", () => DisclosureText.FieldDeadline);
        info[(int)ContentField.Products] = ("products", () => DisclosureText.FieldProducts);
        info[(int)ContentField.InspectedItems] = ("inspectedItems", () => DisclosureText.FieldInspectedItems);
        info[(int)ContentField.Completion] = ("completion", () => DisclosureText.FieldCompletion);
        info[(int)ContentField.CompletedOn] = ("completedOn", () => DisclosureText.FieldCompletedOn);
        return info;
    }
}
