using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// 达标: after the industry's full inspection, enterprises lawful and meeting every standard, published for the public
/// to watch (002_aa3e6ff6d4b81995.txt 一(二)5) by the industry's lead department: 工信 for manufacturing, 发改/能源 for
/// coal and power (000_6ff842427b64bf71.txt).
/// </summary>
internal static class CompliantList
{
    public static readonly ListDefinition Definition = new()
    {
        Key = AnnouncementList.Compliant,
        NameText = () => DisclosureText.CompliantName,
        DescriptionText = () => DisclosureText.CompliantDescription,
        Order = 5,
        Publishers = (_, lead) => lead == DepartmentKinds.Energy ? [DepartmentKinds.Energy, DepartmentKinds.Development] : [lead],
        NotifiesPhases = false,
        Stages =
        [
            new()
            {
                Stage = AnnouncementStage.Notice,
                KindNameText = () => DisclosureText.CompliantKind,
                TitleFormat = DisclosureText.CompliantTitle,
                Fields =
                [
                    new(ContentField.Summary), new(ContentField.Equipment, Required: true, Missing: () => DisclosureText.MainEquipmentRequired),
                    new(ContentField.Products, Required: true), new(ContentField.InspectedItems, Required: true),
                ],
            },
        ],
    };
}
