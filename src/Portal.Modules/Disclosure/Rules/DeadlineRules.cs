using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Departments;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Rules;

/// <summary>The clocks an announcement runs on: the publisher's, and the enterprise's.</summary>
public static class DeadlineRules
{
    /// <summary>"应在完成检查（验收）10个工作日内完成公示（公告）" — 002_aa3e6ff6d4b81995.txt 一(三).</summary>
    public const int PublicationWorkingDays = 10;

    /// <summary>Energy and quality shortfalls are rectified within 6 months (001_58b80246c25f4b78.txt 三1/三3, 003, 004).</summary>
    public const int RectificationMonths = 6;

    /// <summary>"确需延长整改期限的，可提出不超过3个月的延期申请" — energy only (001 三1, 003, 004).</summary>
    public const int ExtensionMonths = 3;

    public static DateOnly PublicationDueOn(WorkingDayRules calendar, DateOnly inspectionCompletedOn) =>
        calendar.AddWorkingDays(inspectionCompletedOn, PublicationWorkingDays);

    /// <summary>Working days left until the publication is due: 0 on the due date, negative once overdue.</summary>
    public static int WorkingDaysLeft(WorkingDayRules calendar, DateOnly today, DateOnly dueOn) =>
        calendar.WorkingDaysBetween(today, dueOn);

    /// <summary>The latest deadline the law allows for an enterprise's rectification, or null where no fixed limit applies.</summary>
    public static DateOnly? LatestRectificationDeadline(string? dimension, DateOnly inspectionCompletedOn) => dimension switch
    {
        Dimensions.Energy or Dimensions.Quality => inspectionCompletedOn.AddMonths(RectificationMonths),
        _ => null,
    };

    /// <summary>
    /// Checks the enterprise's deadline of a new or corrected announcement; returns the broken rule in Chinese, or null.
    /// </summary>
    public static string? CheckDeadline(AnnouncementList list, AnnouncementStage stage, string? dimension, DateOnly inspectionCompletedOn, DateOnly? deadline)
    {
        var definition = ListDefinitions.Of(list);
        if (deadline is null)
        {
            return definition.Has(stage) && definition.Stage(stage).DeadlineRequired ? DisclosureText.DeadlineRequired : null;
        }
        if (deadline <= inspectionCompletedOn)
        {
            return string.Format(DisclosureText.DeadlineBeforeInspection, inspectionCompletedOn);
        }
        if (definition.LatestDeadline(dimension, inspectionCompletedOn) is { } limit && deadline > limit.Latest)
        {
            return string.Format(limit.Problem, limit.Latest);
        }
        return null;
    }

    /// <summary>An extension of a notice's deadline where its list allows one: once, at most 3 months beyond the original, with a reason.</summary>
    public static string? CheckExtension(Announcement announcement, DateOnly newDeadline)
    {
        var definition = ListDefinitions.Of(announcement.List);
        if (announcement.Stage != AnnouncementStage.Notice || definition.ExtendableDimensions.Count == 0)
        {
            return DisclosureText.ExtensionOnlyRectification;
        }
        if (!definition.CanExtend(announcement.Stage, announcement.Dimension))
        {
            return DisclosureText.ExtensionOnlyEnergy;
        }
        if (announcement.ExtendedDeadline is not null)
        {
            return string.Format(DisclosureText.ExtensionOnce, announcement.ExtendedOn, announcement.ExtendedDeadline);
        }
        var original = announcement.Deadline!.Value;
        if (newDeadline <= original)
        {
            return string.Format(DisclosureText.ExtensionNotLater, original);
        }
        var latest = original.AddMonths(ExtensionMonths);
        return newDeadline > latest ? string.Format(DisclosureText.ExtensionTooLong, original, latest) : null;
    }
}
