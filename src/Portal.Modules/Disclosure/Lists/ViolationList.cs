using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// 违法违规: built without approval, built other than approved, producing without a licence; ordered to close and exit
/// (002_aa3e6ff6d4b81995.txt 一(二)1). Any of the departments that found it publishes.
/// </summary>
internal static class ViolationList
{
    private static readonly string[] Publishers =
    [
        DepartmentKinds.Development, DepartmentKinds.Industry, DepartmentKinds.Energy, DepartmentKinds.NaturalResources,
        DepartmentKinds.Environment, DepartmentKinds.Emergency, DepartmentKinds.Market,
    ];

    public static readonly ListDefinition Definition = new()
    {
        Key = AnnouncementList.Violation,
        NameText = () => DisclosureText.ViolationName,
        DescriptionText = () => DisclosureText.ViolationDescription,
        Order = 3,
        Dimensions = Core.Departments.Dimensions.All,
        // Built or run without the approvals, permits and licences the law asks for.
        FindingAspects = ["legality"],
        Publishers = (_, _) => Publishers,
        MissedDeadlineReason = DisclosureText.MissedExit,
        Stages =
        [
            new()
            {
                Stage = AnnouncementStage.Notice,
                KindNameText = () => DisclosureText.ViolationNoticeKind,
                TitleFormat = DisclosureText.ViolationNoticeTitle,
                Fields =
                [
                    new(ContentField.Summary), new(ContentField.Violations, Required: true), new(ContentField.Basis, Required: true),
                    new(ContentField.Requirements, Required: true), new(ContentField.Deadline, Required: true),
                ],
            },
            new()
            {
                Stage = AnnouncementStage.Result,
                KindNameText = () => DisclosureText.ViolationResultKind,
                TitleFormat = DisclosureText.ViolationResultTitle,
                Follows = AnnouncementList.Violation,
                Fields = [new(ContentField.Summary), new(ContentField.Completion, Required: true), new(ContentField.CompletedOn)],
            },
        ],
    };
}
