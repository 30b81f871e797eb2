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

    private const int TextLimit = 4000;

    public sealed class Validator(PortalDbContext db, RegionDirectory regions, DepartmentDirectory departments, WorkingDayCalendar calendar, TimeProvider clock)
    {
        /// <param name="existingId">The announcement being edited or corrected, which may not follow itself.</param>
        public async Task<Outcome<Checked>> ValidateAsync(AnnouncementInput input, StaffContext actor, int? existingId, CancellationToken cancellationToken)
        {
            var errors = new ValidationErrors();
            var tree = await regions.GetAsync(cancellationToken);

            var list = ParseRequired<AnnouncementList>(input.List, "list", DisclosureText.FieldList, errors);
            AnnouncementStage? stage = null;
            if (list is { } l)
            {
                var stages = ListRules.StagesOf(l);
                if (string.IsNullOrWhiteSpace(input.Stage) && stages.Count == 1)
                {
                    stage = stages[0];
                }
                else if (ParseRequired<AnnouncementStage>(input.Stage, "stage", DisclosureText.FieldStage, errors) is { } s)
                {
                    if (stages.Contains(s))
                    {
                        stage = s;
                    }
                    else
                    {
                        errors.Add("stage", string.Format(DisclosureText.StageNotOnList, DisclosureText.StageName(s), DisclosureText.ListName(l),
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
                var allowed = ListRules.DimensionsOf(dl);
                if (string.IsNullOrWhiteSpace(input.Dimension))
                {
                    if (ListRules.DimensionRequired(dl))
                    {
                        errors.Add("dimension", string.Format(DisclosureText.DimensionRequired, DisclosureText.ListName(dl), string.Join("、", allowed!.Select(DisclosureText.DimensionName))));
                    }
                    else if (dl == AnnouncementList.Elimination)
                    {
                        dimension = Dimensions.Technology;
                    }
                }
                else if (allowed is null || !allowed.Contains(input.Dimension.Trim()))
                {
                    errors.Add("dimension", allowed is null
                        ? string.Format(DisclosureText.DimensionNotApplicable, DisclosureText.ListName(dl))
                        : string.Format(DisclosureText.DimensionNotOnList, input.Dimension, DisclosureText.ListName(dl), string.Join("、", allowed.Select(d => $"{d}（{DisclosureText.DimensionName(d)}）"))));
                }
                else
                {
                    dimension = input.Dimension.Trim();
                }
                if (leadKind is not null && !errors.Has("dimension") && !errors.Has("department")
                    && (dimension is not null || !ListRules.DimensionRequired(dl)))
                {
                    var publishers = ListRules.Publishers(dl, dimension, leadKind);
                    if (!publishers.Contains(kindCode))
                    {
                        errors.Add("department", string.Format(DisclosureText.NotResponsible, kinds.First(k => k.Code == kindCode).ShortName, DisclosureText.ListName(dl),
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

            var body = CheckContent(input, list, stage, dimension, errors);

            int? noticeId = null;
            if (list is { } nl && stage is { } ns && ListRules.NoticeListFor(nl, ns) is { } noticeList)
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
                        errors.Add("noticeId", string.Format(DisclosureText.NoticeWrongList, id, DisclosureText.ListName(noticeList)));
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
                else if (ListRules.NoticeRequired(nl, ns))
                {
                    errors.Add("noticeId", DisclosureText.NoticeRequired);
                }
            }
            else if (input.NoticeId is not null && list is { } xl)
            {
                errors.Add("noticeId", string.Format(DisclosureText.NoticeNotApplicable, DisclosureText.ListName(xl)));
            }

            CheckLength(input.Title, "title", DisclosureText.FieldTitle, 200, errors);
            CheckLength(input.DocumentNumber, "documentNumber", DisclosureText.FieldDocumentNumber, 64, errors);

            if (!errors.IsEmpty)
            {
                return Outcome<Checked>.Invalid(errors);
            }

            var calendarRules = await calendar.GetRulesAsync(cancellationToken);
            var unit = (await departments.FindUnitAsync(regionCode, kindCode, cancellationToken))!;
            var title = string.IsNullOrWhiteSpace(input.Title)
                ? DisclosureText.DefaultTitle(list!.Value, stage!.Value, enterprise!.Name)
                : input.Title.Trim();
            return Outcome<Checked>.Ok(new Checked(
                list!.Value, stage!.Value, region!.Level, unit, dimension, enterprise!, enterprisePath!,
                input.InspectionCompletedOn!.Value,
                DeadlineRules.PublicationDueOn(calendarRules, input.InspectionCompletedOn.Value),
                title,
                Trimmed(input.DocumentNumber),
                input.WrittenOn,
                input.Deadline,
                noticeId,
                body));
        }

        private static AnnouncementBody CheckContent(AnnouncementInput input, AnnouncementList? list, AnnouncementStage? stage, string? dimension, ValidationErrors errors)
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
                CheckLength(value, field, label, TextLimit, errors);
            }

            ExitMethod? exitMethod = null;
            if (!string.IsNullOrWhiteSpace(input.ExitMethod))
            {
                if (WireValue.TryParse<ExitMethod>(input.ExitMethod, out var m))
                {
                    exitMethod = m;
                }
                else
                {
                    errors.Add("exitMethod", string.Format(CoreText.UnknownValue, input.ExitMethod, WireValue.List<ExitMethod>()));
                }
            }

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
                var kind = LimitKind.Max;
                if (!string.IsNullOrWhiteSpace(item.LimitKind) && !WireValue.TryParse(item.LimitKind, out kind))
                {
                    errors.Add($"{field}.limitKind", string.Format(CoreText.UnknownValue, item.LimitKind, WireValue.List<LimitKind>()));
                }
                // A yellow-list indicator is one that failed: a value within its limit would accuse a compliant enterprise.
                if (item is { Measured: { } measured, Limit: { } limit } && list is AnnouncementList.Rectification or AnnouncementList.ForcedExit
                    && (kind == LimitKind.Max ? measured <= limit : measured >= limit))
                {
                    errors.Add($"{field}.measured", string.Format(kind == LimitKind.Max ? DisclosureText.IndicatorWithinMax : DisclosureText.IndicatorWithinMin, item.Name, measured, limit));
                }
                if (item is { Name: not null, Unit: not null, Measured: not null, Limit: not null })
                {
                    checkedIndicators.Add(new Indicator(item.Name.Trim(), item.Measured.Value, item.Limit.Value, item.Unit.Trim(), kind, Trimmed(item.Standard)));
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
                    checkedEquipment.Add(new EquipmentLine(item.Name.Trim(), Trimmed(item.Model), item.Quantity.Value, item.Capacity.Value, item.CapacityUnit.Trim()));
                }
            }

            return new AnnouncementBody
            {
                Summary = Trimmed(input.Summary),
                Violations = Trimmed(input.Violations),
                Basis = Trimmed(input.Basis),
                Requirements = Trimmed(input.Requirements),
                Indicators = checkedIndicators,
                Equipment = checkedEquipment,
                ExitMethod = exitMethod,
                StopProductionImmediately = dimension == Dimensions.Safety && list == AnnouncementList.Rectification,
                FailedItems = Trimmed(input.FailedItems),
                Unrectified = Trimmed(input.Unrectified),
                Completion = Trimmed(input.Completion),
                CompletedOn = input.CompletedOn,
                Products = Trimmed(input.Products),
                InspectedItems = Trimmed(input.InspectedItems),
            };
        }

        private static T? ParseRequired<T>(string? wire, string field, string label, ValidationErrors errors) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(wire))
            {
                errors.Add(field, string.Format(CoreText.FieldRequired, label));
                return null;
            }
            if (WireValue.TryParse<T>(wire, out var value))
            {
                return value;
            }
            errors.Add(field, string.Format(CoreText.UnknownValue, wire, WireValue.List<T>()));
            return null;
        }

        private static void CheckLength(string? value, string field, string label, int max, ValidationErrors errors)
        {
            if (value?.Trim().Length > max)
            {
                errors.Add(field, string.Format(CoreText.TooLong, label, max));
            }
        }
    }

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The input that would reproduce an announcement as it stands: the edit form's starting point and a correction's base.</summary>
    public static AnnouncementInput InputOf(Announcement a)
    {
        var body = AnnouncementBody.FromJson(a.Body);
        return new AnnouncementInput
        {
            List = WireValue.Of(a.List),
            Stage = WireValue.Of(a.Stage),
            Level = WireValue.Of(a.Level),
            RegionCode = a.RegionCode,
            Department = a.DepartmentKindCode,
            Dimension = a.List == AnnouncementList.Elimination ? null : a.Dimension,
            EnterpriseCreditCode = a.EnterpriseCreditCode,
            InspectionCompletedOn = a.InspectionCompletedOn,
            Title = a.Title,
            DocumentNumber = a.DocumentNumber,
            WrittenOn = a.WrittenOn,
            Deadline = a.Deadline,
            NoticeId = a.NoticeId,
            Summary = body.Summary,
            Violations = body.Violations,
            Basis = body.Basis,
            Requirements = body.Requirements,
            Indicators = body.Indicators.Select(i => new IndicatorInput
            {
                Name = i.Name, Measured = i.Measured, Limit = i.Limit, Unit = i.Unit, LimitKind = WireValue.Of(i.LimitKind), Standard = i.Standard,
            }).ToList(),
            Equipment = body.Equipment.Select(e => new EquipmentInput
            {
                Name = e.Name, Model = e.Model, Quantity = e.Quantity, Capacity = e.Capacity, CapacityUnit = e.CapacityUnit,
            }).ToList(),
            ExitMethod = body.ExitMethod is { } m ? WireValue.Of(m) : null,
            StopProductionImmediately = body.StopProductionImmediately ? true : null,
            FailedItems = body.FailedItems,
            Unrectified = body.Unrectified,
            Completion = body.Completion,
            CompletedOn = body.CompletedOn,
            Products = body.Products,
            InspectedItems = body.InspectedItems,
        };
    }

    /// <summary>Writes checked content onto the entity (a new draft, an edited draft, or the current state after a correction).</summary>
    public static void Apply(Announcement a, Checked c)
    {
        a.List = c.List;
        a.Stage = c.Stage;
        a.Level = c.Level;
        a.RegionCode = c.Unit.RegionCode;
        a.UnitId = c.Unit.Id;
        a.DepartmentKindCode = c.Unit.KindCode;
        a.PublisherName = c.Unit.Name;
        a.Dimension = c.Dimension;
        a.EnterpriseId = c.Enterprise.Id;
        a.EnterpriseCreditCode = c.Enterprise.CreditCode;
        a.EnterpriseName = c.Enterprise.Name;
        a.EnterpriseAddress = c.Enterprise.Address;
        a.EnterpriseRegionCode = c.Enterprise.RegionCode;
        a.EnterpriseRegionPath = c.EnterpriseRegionPath;
        a.IndustryCode = c.Enterprise.IndustryCode;
        a.NoticeId = c.NoticeId;
        a.Title = c.Title;
        a.DocumentNumber = c.DocumentNumber;
        a.WrittenOn = c.WrittenOn;
        a.InspectionCompletedOn = c.InspectionCompletedOn;
        a.PublicationDueOn = c.PublicationDueOn;
        a.Deadline = c.Deadline;
        a.Body = c.Body.ToJson();
    }
}
