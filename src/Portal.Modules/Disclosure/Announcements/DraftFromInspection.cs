using Portal.Modules.Core.Common;
using Portal.Modules.Core.Inspections;
using Portal.Modules.Core.Staff;
using Portal.Modules.Disclosure.Data;
using Portal.Modules.Disclosure.Lists;

namespace Portal.Modules.Disclosure.Announcements;

/// <summary>
/// An editor turns what an inspection found into a draft notice (POST /api/v1/announcements/from-inspection): the
/// enterprise, the inspection's date, the failed indicators with their measured values, limits and standards come from
/// the record; the editor adds what the record cannot know (the deadline, and the requirements where the on-site
/// disposal does not say them). The list follows from what failed.
/// </summary>
public static class DraftFromInspection
{
    public sealed record Command(int? InspectionId, [property: WireValues(typeof(AnnouncementList))] string? List, DateOnly? Deadline, string? Requirements);

    public sealed class Handler(IEnumerable<IInspectionFindings> findings, CreateAnnouncement.Handler create)
    {
        public async Task<Outcome<CreateAnnouncement.Result>> HandleAsync(Command command, StaffContext actor, CancellationToken cancellationToken)
        {
            if (command.InspectionId is not { } id)
            {
                return Outcome<CreateAnnouncement.Result>.Invalid(new ValidationErrors().Add("inspectionId", DisclosureText.InspectionRequired));
            }
            InspectionFinding? finding = null;
            foreach (var source in findings)
            {
                finding ??= await source.FindAsync(id, actor, cancellationToken);
            }
            if (finding is null)
            {
                return Outcome<CreateAnnouncement.Result>.NotFound(string.Format(DisclosureText.InspectionNotFound, id));
            }
            if (finding.Failed.Count == 0)
            {
                return Outcome<CreateAnnouncement.Result>.Conflict(DisclosureText.InspectionPassed);
            }
            var errors = new ValidationErrors();
            ListDefinition? list;
            if (string.IsNullOrWhiteSpace(command.List))
            {
                list = ListDefinitions.All.FirstOrDefault(l => l.FindingAspects.Contains(finding.Failed[0].Aspect));
            }
            else
            {
                list = errors.Enum<AnnouncementList>(command.List, "list") is { } chosen ? ListDefinitions.Of(chosen) : null;
            }
            var failed = list is null ? [] : finding.Failed.Where(f => list.FindingAspects.Contains(f.Aspect)).ToList();
            if (list is not null && failed.Count == 0)
            {
                errors.Add("list", string.Format(DisclosureText.InspectionNothingForList, list.Name));
            }
            if (!errors.IsEmpty || list is null)
            {
                return Outcome<CreateAnnouncement.Result>.Invalid(errors.IsEmpty ? errors.Add("list", DisclosureText.InspectionNoList) : errors);
            }
            var dimension = list.Dimensions?.Contains(failed[0].Aspect) == true ? failed[0].Aspect : null;
            // Only what the list's notice carries: a rectification notice names indicators, a violation notice the facts.
            var fields = list.Stage(AnnouncementStage.Notice).Fields.Select(f => f.Field).ToHashSet();
            var input = new AnnouncementInput
            {
                List = list.Wire,
                Stage = WireValue.Of(AnnouncementStage.Notice),
                Dimension = dimension,
                EnterpriseCreditCode = finding.EnterpriseCreditCode,
                InspectionCompletedOn = finding.InspectedOn,
                Deadline = command.Deadline,
                Indicators = !fields.Contains(ContentField.Indicators) ? null : [.. failed.Where(f => f.Measured is not null && f.Limit is not null && f.Unit is not null).Select(f => new IndicatorInput
                {
                    Name = f.Name,
                    Measured = f.Measured,
                    Limit = f.Limit,
                    Unit = f.Unit,
                    // A failed value under its limit is short of a minimum (an efficiency), above it over a maximum.
                    LimitKind = f.Measured < f.Limit ? WireValue.Of(LimitKind.Min) : WireValue.Of(LimitKind.Max),
                    Standard = f.Basis,
                })],
                Violations = !fields.Contains(ContentField.Violations) ? null : string.Join("；", failed.Select(f => f.Note is null ? f.Name : $"{f.Name}：{f.Note}")) + "。",
                Basis = fields.Contains(ContentField.Basis) && failed.Select(f => f.Basis).OfType<string>().Distinct().ToList() is { Count: > 0 } bases ? string.Join("；", bases) : null,
                Requirements = !fields.Contains(ContentField.Requirements) ? null : string.IsNullOrWhiteSpace(command.Requirements) ? finding.Disposal : command.Requirements,
            };
            return await create.HandleAsync(input, actor, cancellationToken);
        }
    }
}
