using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// 淘汰: equipment or processes in the elimination class of the industrial structure catalogue, to be eliminated and
/// then eliminated (002_aa3e6ff6d4b81995.txt 一(二)2), published by 工信, 发改 or 能源.
/// </summary>
internal static class EliminationList
{
    private static readonly string[] Publishers = [DepartmentKinds.Industry, DepartmentKinds.Development, DepartmentKinds.Energy];

    private static readonly FieldRule[] Equipment =
    [
        new(ContentField.Equipment, Required: true, Missing: () => DisclosureText.EquipmentRequired),
        new(ContentField.ExitMethod, Required: true),
    ];

    public static readonly ListDefinition Definition = new()
    {
        Key = AnnouncementList.Elimination,
        NameText = () => DisclosureText.EliminationName,
        DescriptionText = () => DisclosureText.EliminationDescription,
        Order = 4,
        Dimensions = [Core.Departments.Dimensions.Technology],
        ImpliedDimension = Core.Departments.Dimensions.Technology,
        FindingAspects = [Core.Departments.Dimensions.Technology],
        Publishers = (_, _) => Publishers,
        MissedDeadlineReason = DisclosureText.MissedExit,
        Stages =
        [
            new()
            {
                Stage = AnnouncementStage.Notice,
                KindNameText = () => DisclosureText.EliminationNoticeKind,
                TitleFormat = DisclosureText.EliminationNoticeTitle,
                Fields = [new(ContentField.Summary), .. Equipment, new(ContentField.Basis), new(ContentField.Requirements), new(ContentField.Deadline, Required: true)],
            },
            new()
            {
                Stage = AnnouncementStage.Result,
                KindNameText = () => DisclosureText.EliminationResultKind,
                TitleFormat = DisclosureText.EliminationResultTitle,
                Follows = AnnouncementList.Elimination,
                Fields = [new(ContentField.Summary), .. Equipment, new(ContentField.Completion, Required: true), new(ContentField.CompletedOn)],
            },
        ],
    };
}
