using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.Lists;

/// <summary>
/// 整改（黄牌）: an enterprise short of a mandatory standard (energy, environment, quality, safety) is told to rectify by a
/// deadline and stays on the yellow list until a result or a forced exit closes its notice (002_aa3e6ff6d4b81995.txt
/// 一(二)3). The department responsible for the failed dimension publishes.
/// </summary>
internal static class RectificationList
{
    /// <summary>Rectification is judged against the four mandatory standards; obsolete technology goes to the elimination list.</summary>
    public static readonly IReadOnlyList<string> MandatoryDimensions = [Dimensions.Energy, Dimensions.Environment, Dimensions.Quality, Dimensions.Safety];

    public static readonly ListDefinition Definition = new()
    {
        Key = AnnouncementList.Rectification,
        NameText = () => DisclosureText.RectificationName,
        DescriptionText = () => DisclosureText.RectificationDescription,
        Tone = "yellow",
        Order = 1,
        Dimensions = MandatoryDimensions,
        DimensionRequired = true,
        FindingAspects = MandatoryDimensions,
        Publishers = (dimension, lead) => dimension is null ? [] : [Responsibility.DepartmentForDimension(dimension, lead)],
        IndicatorsMustFail = true,
        // "立即停产停业整顿" — 001_58b80246c25f4b78.txt 三4, 003, 004: a safety shortfall stops production at once.
        SafetyStopsProduction = true,
        LatestDeadline = (dimension, inspected) => DeadlineRules.LatestRectificationDeadline(dimension, inspected) is { } latest
            ? new DeadlineLimit(latest, dimension == Dimensions.Energy ? DisclosureText.EnergyDeadlineTooLate : DisclosureText.QualityDeadlineTooLate)
            : null,
        // "确需延长整改期限的，可提出不超过3个月的延期申请" — energy only (001 三1, 003, 004).
        ExtendableDimensions = [Dimensions.Energy],
        IsYellowList = true,
        MissedDeadlineReason = DisclosureText.MissedRectification,
        Stages =
        [
            new()
            {
                Stage = AnnouncementStage.Notice,
                KindNameText = () => DisclosureText.RectificationNoticeKind,
                TitleFormat = DisclosureText.RectificationNoticeTitle,
                Fields =
                [
                    new(ContentField.Summary), new(ContentField.Indicators, Required: true, Missing: () => DisclosureText.IndicatorsRequired),
                    new(ContentField.Basis), new(ContentField.Requirements, Required: true), new(ContentField.Deadline, Required: true),
                ],
            },
            new()
            {
                Stage = AnnouncementStage.Result,
                KindNameText = () => DisclosureText.RectificationResultKind,
                TitleFormat = DisclosureText.RectificationResultTitle,
                // A rectification result takes an enterprise off the yellow list, so it must say which notice it closes.
                Follows = AnnouncementList.Rectification,
                NoticeRequired = true,
                LeavesYellowListText = () => DisclosureText.TimelineLeftYellowRectified,
                Fields = [new(ContentField.Summary), new(ContentField.Completion, Required: true), new(ContentField.CompletedOn)],
            },
        ],
    };
}
