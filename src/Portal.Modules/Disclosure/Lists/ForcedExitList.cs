using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// 强制退出（红牌）: an enterprise that refused to rectify or still failed is closed by law. "由做出关闭决定的地方政府…公告，
/// 涉及的环保、安全、质量、能耗…主管部门同时…公开" (002_aa3e6ff6d4b81995.txt 一(二)4); it ends a yellow-list story and goes
/// to the credit platform on publication.
/// </summary>
internal static class ForcedExitList
{
    public static readonly ListDefinition Definition = new()
    {
        Key = AnnouncementList.ForcedExit,
        NameText = () => DisclosureText.ForcedExitName,
        DescriptionText = () => DisclosureText.ForcedExitDescription,
        Tone = "red",
        Order = 2,
        Dimensions = RectificationList.MandatoryDimensions,
        DimensionRequired = true,
        Publishers = (dimension, lead) => dimension is null
            ? [DepartmentKinds.Government]
            : [DepartmentKinds.Government, Responsibility.DepartmentForDimension(dimension, lead)],
        IndicatorsMustFail = true,
        IsRedList = true,
        ListedOnPublicationReason = DisclosureText.RefusedToRectify,
        Stages =
        [
            new()
            {
                Stage = AnnouncementStage.Result,
                KindNameText = () => DisclosureText.ForcedExitKind,
                TitleFormat = DisclosureText.ForcedExitTitle,
                Follows = AnnouncementList.Rectification,
                Completes = false,
                LeavesYellowListText = () => DisclosureText.TimelineLeftYellowForcedExit,
                Fields =
                [
                    new(ContentField.Summary),
                    new(ContentField.FailedItems, Required: true, Missing: () => DisclosureText.FailedItemsRequired, Or: ContentField.Indicators),
                    new(ContentField.Indicators), new(ContentField.Unrectified, Required: true), new(ContentField.Basis, Required: true),
                    new(ContentField.Completion, Required: true), new(ContentField.CompletedOn),
                ],
            },
        ],
    };
}
