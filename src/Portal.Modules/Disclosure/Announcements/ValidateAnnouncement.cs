using Microsoft.EntityFrameworkCore;
using Portal.Modules.Core;
using Portal.Modules.Core.Calendar;
using Portal.Modules.Core.Common;
using Portal.Modules.Core.Data;
using Portal.Modules.Core.Departments;
using Portal.Modules.Core.Enterprises;
using Portal.Modules.Core.Regions;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;
using Portal.Modules.Disclosure.Rules;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// The checks every draft, edit and correction passes: the unit may publish it, the enterprise exists in its
/// area, the list's required content is there, and the deadlines keep to the rules of the seeds.
/// </summary>
public static class ValidateAnnouncement
{
    public sealed record Checked(
        AnnouncementList List,
        AnnouncementStage Stage,
        RegionLevel Level,
        DepartmentUnit Unit,
        string? Dimension,
        Enterprise Enterprise,
        string EnterpriseRegionPath,
        DateOnly InspectionCompletedOn,
        DateOnly PublicationDueOn,
        string Title,
        string? DocumentNumber,
        DateOnly? WrittenOn,
        DateOnly? Deadline,
        int? NoticeId,
        AnnouncementBody Body);

    public sealed class Validator(PortalDbContext db, RegionDirectory regions, DepartmentDirectory departments, WorkingDayCalendar calendar, TimeProvider clock)
    {
        /// <param name="existingId">The announcement being edited or corrected, which may not follow itself.</param>
        public async Task<Outcome<Checked>> ValidateAsync(AnnouncementInput input, StaffContext actor, int? existingId, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var tree = await regions.GetAsync(cancellationToken);

            var list = errors.Enum<AnnouncementList>(input.List, "list", DisclosureText.FieldList);
            AnnouncementStage? stage = null;
            if (list is { } l)
            {
                var stages = ListDefinitions.Of(l).Stages.Select(st => st.Stage).ToList();
                if (string.IsNullOrWhiteSpace(input.Stage) && stages.Count == 1)
                {
                    stage = stages[0];
                }
                else if (errors.Enum<AnnouncementStage>(input.Stage, "stage", DisclosureText.FieldStage) is { } s)
                {
                    if (stages.Contains(s))
                    {
                        stage = s;
                    }
                    else
                    {
                        errors.Add("stage", string.Format(DisclosureText.StageNotOnList, DisclosureText.StageName(s), ListDefinitions.Of(l).Name,
                            string.Join("、", stages.Select(DisclosureText.StageName))));
                    }
                }
            }

            // A unit publishes in its own name: region and department default to the editor's unit.
            var regionCode = string.IsNullOrWhiteSpace(input.RegionCode) ? actor.Unit.RegionCode : input.RegionCode.Trim();
            var kindCode = string.IsNullOrWhiteSpace(input.Department) ? actor.Unit.KindCode : input.Department.Trim();
            var region = tree.Find(regionCode);
            if (region is null)
            {
                errors.Add("regionCode", string.Format(CoreText.UnknownRegion, regionCode));
            }
            var kinds = await departments.KindsAsync(cancellationToken);
            if (kinds.All(k => k.Code != kindCode))
            {
                errors.Add("department", string.Format(CoreText.UnknownValue, kindCode, string.Join("、", kinds.Select(k => k.Code))));
            }
            if (region is not null && !string.IsNullOrWhiteSpace(input.Level)
                && (!WireValue.TryParse<RegionLevel>(input.Level, out var level) || level != region.Level))
            {
                errors.Add("level", string.Format(DisclosureText.LevelMismatch, input.Level, tree.QualifiedName(region.Code), DisclosureText.LevelName(region.Level)));
            }
            if (region is not null && !errors.Has("department")
                && (actor.Unit.RegionCode != regionCode || actor.Unit.KindCode != kindCode))
            {
                var wanted = await departments.FindUnitAsync(regionCode, kindCode, cancellationToken);
                return Outcome<Checked>.Forbidden(string.Format(DisclosureText.WrongUnit, actor.Unit.Name,
                    wanted?.Name ?? tree.QualifiedName(regionCode) + (kinds.FirstOrDefault(k => k.Code == kindCode)?.ShortName ?? kindCode)));
            }

            Enterprise? enterprise = null;
            string? leadKind = null;
            string? enterprisePath = null;
            if (string.IsNullOrWhiteSpace(input.EnterpriseCreditCode))
            {
                errors.Add("enterpriseCreditCode", string.Format(CoreText.FieldRequired, DisclosureText.FieldEnterpriseCreditCode));
            }
            else
            {
                var code = CreditCode.Check(input.EnterpriseCreditCode);
                if (!code.IsValid)
                {
                    errors.Add("enterpriseCreditCode", code.Problem!);
                }
                else
                {
                    enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.CreditCode == code.Normalized, cancellationToken);
                    if (enterprise is null)
                    {
                        errors.Add("enterpriseCreditCode", string.Format(DisclosureText.EnterpriseUnknown, code.Normalized));
                    }
                    else
                    {
                        enterprisePath = tree.Find(enterprise.RegionCode)?.Path ?? $"/{enterprise.RegionCode}/";
                        leadKind = await db.Industries.Where(i => i.Code == enterprise.IndustryCode).Select(i => i.LeadDepartmentKind).FirstOrDefaultAsync(cancellationToken)
                            ?? DepartmentKinds.Industry;
                        if (region is not null && !tree.IsWithin(enterprise.RegionCode, region.Code))
                        {
                            errors.Add("enterpriseCreditCode", string.Format(DisclosureText.EnterpriseOutsideRegion, enterprise.Name, tree.QualifiedName(enterprise.RegionCode), tree.QualifiedName(region.Code)));
                        }
                    }
                }
            }

            string? dimension = null;
            if (list is { } dl)
            {
                var definition = ListDefinitions.Of(dl);
                var allowed = definition.Dimensions;
                if (string.IsNullOrWhiteSpace(input.Dimension))
                {
                    if (definition.DimensionRequired)
                    {
                        errors.Add("dimension", string.Format(DisclosureText.DimensionRequired, definition.Name, string.Join("、", allowed!.Select(DisclosureText.DimensionName))));
                    }
                    else
                    {
                        dimension = definition.ImpliedDimension;
                    }
                }
                else if (allowed is null || !allowed.Contains(input.Dimension.Trim()))
                {
                    errors.Add("dimension", allowed is null
                        ? string.Format(DisclosureText.DimensionNotApplicable, definition.Name)
                        : string.Format(DisclosureText.DimensionNotOnList, input.Dimension, definition.Name, string.Join("、", allowed.Select(d => $"{d}（{DisclosureText.DimensionName(d)}）"))));
                }
                else
                {
                    dimension = input.Dimension.Trim();
                }
                if (leadKind is not null && !errors.Has("dimension") && !errors.Has("department")
                    && (dimension is not null || !definition.DimensionRequired))
                {
                    var publishers = definition.Publishers(dimension, leadKind);
                    if (!publishers.Contains(kindCode))
                    {
                        errors.Add("department", string.Format(DisclosureText.NotResponsible, kinds.First(k => k.Code == kindCode).ShortName, definition.Name,
                            string.Join("、", publishers.Select(p => kinds.FirstOrDefault(k => k.Code == p)?.ShortName ?? p))));
                    }
                }
            }

            var today = ChinaTime.Today(clock);
            if (input.InspectionCompletedOn is not { } inspected)
            {
                errors.Add("inspectionCompletedOn", string.Format(CoreText.FieldRequired, DisclosureText.FieldInspectionCompletedOn));
            }
            else if (inspected > today)
            {
                errors.Add("inspectionCompletedOn", string.Format(DisclosureText.InspectionInFuture, today));
            }
            else if (inspected.Year < 2000)
            {
                errors.Add("inspectionCompletedOn", DisclosureText.InspectionTooOld);
            }
            if (input.WrittenOn is { } written && written > today)
            {
                errors.Add("writtenOn", string.Format(DisclosureText.WrittenInFuture, today));
            }

            if (list is { } cl && stage is { } cs && input.InspectionCompletedOn is { } from && !errors.Has("inspectionCompletedOn") && !errors.Has("dimension"))
            {
                if (DeadlineRules.CheckDeadline(cl, cs, dimension, from, input.Deadline) is { } problem)
                {
                    errors.Add("deadline", problem);
                }
            }

            var body = AnnouncementContent.Check(input, list, stage, dimension, errors);

            int? noticeId = null;
            var stageDefinition = list is { } nl && stage is { } ns ? ListDefinitions.Of(nl, ns) : null;
            if (stageDefinition?.Follows is { } noticeList)
            {
                if (input.NoticeId is { } id)
                {
                    var notice = await db.Announcements().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
                    var now = clock.GetUtcNow().UtcDateTime;
                    if (notice is null || !notice.IsPublicAt(now) || id == existingId)
                    {
                        errors.Add("noticeId", string.Format(DisclosureText.NoticeUnknown, id));
                    }
                    else if (notice.List != noticeList || notice.Stage != AnnouncementStage.Notice)
                    {
                        errors.Add("noticeId", string.Format(DisclosureText.NoticeWrongList, id, ListDefinitions.Of(noticeList).Name));
                    }
                    else if (enterprise is not null && notice.EnterpriseId != enterprise.Id)
                    {
                        errors.Add("noticeId", string.Format(DisclosureText.NoticeOtherEnterprise, id, notice.EnterpriseName));
                    }
                    else
                    {
                        noticeId = id;
                    }
                }
                else if (stageDefinition.NoticeRequired)
                {
                    errors.Add("noticeId", DisclosureText.NoticeRequired);
                }
            }
            else if (input.NoticeId is not null && list is { } xl)
            {
                errors.Add("noticeId", string.Format(DisclosureText.NoticeNotApplicable, ListDefinitions.Of(xl).Name));
            }

            errors.MaxLength(input.Title, "title", DisclosureText.FieldTitle, 200);
            errors.MaxLength(input.DocumentNumber, "documentNumber", DisclosureText.FieldDocumentNumber, 64);

            if (!errors.IsEmpty)
            {
                return Outcome<Checked>.Invalid(errors);
            }

            var calendarRules = await calendar.GetRulesAsync(cancellationToken);
            var unit = (await departments.FindUnitAsync(regionCode, kindCode, cancellationToken))!;
            var title = string.IsNullOrWhiteSpace(input.Title)
                ? stageDefinition!.DefaultTitle(enterprise!.Name)
                : input.Title.Trim();
            return Outcome<Checked>.Ok(new Checked(
                list!.Value, stage!.Value, region!.Level, unit, dimension, enterprise!, enterprisePath!,
                input.InspectionCompletedOn!.Value,
                DeadlineRules.PublicationDueOn(calendarRules, input.InspectionCompletedOn.Value),
                title,
                AnnouncementMapping.Trimmed(input.DocumentNumber),
                input.WrittenOn,
                input.Deadline,
                noticeId,
                body));
        }
    }
}
